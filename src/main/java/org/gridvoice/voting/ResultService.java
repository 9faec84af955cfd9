package org.gridvoice.voting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.audit.AuditEntry;
import org.gridvoice.audit.AuditRecord;
import org.gridvoice.audit.AuditTrail;
import org.gridvoice.budgeting.BudgetFunding;
import org.gridvoice.consultation.Budget;
import org.gridvoice.consultation.ConsultationPhaseChanged;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.consultation.Phase;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.proposal.ProposalTally;
import org.gridvoice.voting.domain.Ballots;
import org.gridvoice.voting.domain.BudgetLines;
import org.gridvoice.voting.domain.VotingStore;
import org.gridvoice.voting.domain.InstantRunoff;
import org.gridvoice.voting.domain.Tally;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results. When a consultation's voting closes (by the clock or by its committee), the tally is
 * computed once in SQL, stored with the audit chain head, and the accepted proposals are
 * announced, all in the transaction that closed the vote. Ranked votes are counted by instant
 * runoff, and every round is stored and published.
 */
@Service
@Transactional(readOnly = true)
public class ResultService {

    private final Tally tally;
    private final VotingRulesService rules;
    private final ProposalService proposals;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final VoteService votes;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail trail;
    private final Ballots ballots;
    private final VotingStore votingStore;
    private final BudgetLines budgetStore;
    private final ConsultationService consultations;

    ResultService(Tally tally, VotingRulesService rules, ProposalService proposals, AuditLog audit, ApplicationEventPublisher events,
                  VoteService votes, JdbcClient jdbc, Clock clock, AuditTrail trail, Ballots ballots, VotingStore votingStore,
                  BudgetLines budgetStore, ConsultationService consultations) {
        this.votingStore = votingStore;
        this.budgetStore = budgetStore;
        this.consultations = consultations;
        this.trail = trail;
        this.ballots = ballots;
        this.tally = tally;
        this.votes = votes;
        this.rules = rules;
        this.proposals = proposals;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The stored result, once voting has closed. */
    public Optional<VotingResult> result(Long consultationId) {
        record Head(LocalDateTime closedAt, String method, int electorate, int turnout, boolean quorumMet, String chainHead) {
        }
        return jdbc.sql("SELECT closed_at, method, electorate, turnout, quorum_met, chain_head FROM voting_result WHERE consultation_id = :c")
                .param("c", consultationId).query(Head.class).optional()
                .map(h -> new VotingResult(consultationId, h.closedAt(), VotingMethod.valueOf(h.method()), h.electorate(), h.turnout(),
                        h.quorumMet(), h.chainHead(), jdbc.sql("""
                                SELECT proposal_id, yes_votes AS yes, no_votes AS no, abstentions, approvals, accepted, tied
                                FROM voting_result_line WHERE consultation_id = :c ORDER BY proposal_id""")
                                .param("c", consultationId).query(ResultLine.class).list()));
    }

    /**
     * The ballots of a closed vote by channel, online and on paper; they add up to its turnout, since
     * no ballot is written once the result is stored. Empty before the close.
     */
    public Optional<ChannelCounts> channelCounts(Long consultationId) {
        if (result(consultationId).isEmpty()) {
            return Optional.empty();
        }
        var counts = ballots.countByChannel(consultationId);
        return Optional.of(new ChannelCounts(counts.getOrDefault(BallotChannel.ONLINE, 0), counts.getOrDefault(BallotChannel.PAPER, 0)));
    }

    /** The sequence number of the chain entry that published the result (its hash is the result's chain head), once closed. */
    public Optional<Long> chainEntry(Long consultationId) {
        return trail.latest("consultation", consultationId, "RESULT_PUBLISHED").map(AuditEntry::seq);
    }

    /**
     * The counts so far while voting is open, when the rules let the signed-in person see them:
     * live for everyone, after one's own vote, or not before the close (then empty).
     */
    public Optional<LiveCounts> liveCounts(Long consultationId) {
        VotingRulesForm form = rules.rules(consultationId).form();
        boolean visible = switch (form.visibility()) {
            case LIVE -> true;
            case AFTER_OWN_VOTE -> votes.hasVoted(consultationId);
            case AFTER_CLOSE -> false;
        };
        if (!visible || result(consultationId).isPresent()) {
            return Optional.empty();
        }
        // a ranked vote shows first preferences so far: its runoff is counted only once, at the close
        Set<Long> onBallot = form.method() == VotingMethod.BUDGET ? votingStore.budgetProjects(consultationId).keySet()
                : proposals.qualifiedProposals(consultationId);
        List<ResultLine> lines = tally.counts(consultationId, onBallot).stream()
                .map(c -> form.method() == VotingMethod.RANKED
                        ? new ResultLine(c.proposalId(), 0, 0, 0, c.yes(), false, false)
                        : new ResultLine(c.proposalId(), c.yes(), c.no(), c.abstentions(), c.approvals(), false, false))
                .toList();
        return Optional.of(new LiveCounts((int) rules.electorate(consultationId), tally.turnout(consultationId), lines));
    }

    /** How many proposals an approval vote accepts (m). */
    int acceptedCount(Long consultationId) {
        Integer m = rules.rules(consultationId).form().acceptedCount();
        return m == null ? 0 : m;
    }

    @EventListener
    @Transactional
    void on(ConsultationPhaseChanged event) {
        if (event.to() != Phase.CLOSED || result(event.consultationId()).isPresent()) {
            return;
        }
        close(event.consultationId());
    }

    private void close(Long consultationId) {
        VotingRulesForm form = rules.rules(consultationId).form();
        Set<Long> qualified = proposals.qualifiedProposals(consultationId);
        boolean budget = form.method() == VotingMethod.BUDGET;
        // a budget ballot is the feasible projects fixed when voting opened, at their costs then
        Map<Long, Long> costs = budget ? votingStore.budgetProjects(consultationId) : Map.of();
        Set<Long> onBallot = budget ? costs.keySet() : qualified;
        int electorate = (int) rules.electorate(consultationId);
        int turnout = tally.turnout(consultationId);
        boolean quorumMet = electorate > 0 && turnout * 100L >= (long) form.quorumPercent() * electorate;
        InstantRunoff.Outcome runoff = form.method() == VotingMethod.RANKED
                ? InstantRunoff.count(onBallot, rankings(consultationId)) : null;
        long totalYuan = budget ? consultations.budget(consultationId).map(Budget::totalYuan).orElse(0L) : 0;
        // without the quorum nothing is funded: the rule runs on an empty budget, so every project with votes is skipped
        List<BudgetFunding.Line> funding = budget ? BudgetFunding.fund(quorumMet ? totalYuan : 0, tally.counts(consultationId, onBallot)
                .stream().map(c -> new BudgetFunding.Entry(c.proposalId(), c.approvals(), costs.get(c.proposalId()))).toList(), Set.of())
                : List.of();
        List<ResultLine> lines = budget ? budgetLines(funding)
                : runoff == null ? lines(form, quorumMet, tally.counts(consultationId, onBallot))
                : onBallot.stream().sorted().map(id -> new ResultLine(id, 0, 0, 0, firstPreferences(runoff, id),
                        quorumMet && id.equals(runoff.winner()), false)).toList();
        // the consultation row is locked by the phase change, so every vote of it has committed:
        // chain their queued entries, so the head published with the result covers all of them
        audit.seal(Integer.MAX_VALUE);
        String head = audit.append(new AuditRecord("RESULT_PUBLISHED", "consultation", consultationId, "committee",
                "turnout " + turnout + "/" + electorate + ", accepted " + lines.stream().filter(ResultLine::accepted).map(ResultLine::proposalId).toList()
                + (budget ? ", budget " + totalYuan + ", funded " + BudgetFunding.funded(funding) + ", tied "
                        + lines.stream().filter(ResultLine::tied).map(ResultLine::proposalId).toList() : "")));
        LocalDateTime closedAt = LocalDateTime.now(clock);
        jdbc.sql("""
                INSERT INTO voting_result (consultation_id, closed_at, method, electorate, turnout, quorum_met, chain_head)
                VALUES (:c, :at, :m, :e, :t, :q, :h)""")
                .param("c", consultationId).param("at", closedAt).param("m", form.method().name())
                .param("e", electorate).param("t", turnout).param("q", quorumMet).param("h", head).update();
        for (ResultLine line : lines) {
            jdbc.sql("""
                    INSERT INTO voting_result_line (consultation_id, proposal_id, yes_votes, no_votes, abstentions, approvals, accepted, tied)
                    VALUES (:c, :p, :y, :n, :a, :ap, :acc, :tie)""")
                    .param("c", consultationId).param("p", line.proposalId()).param("y", line.yes()).param("n", line.no())
                    .param("a", line.abstentions()).param("ap", line.approvals()).param("acc", line.accepted()).param("tie", line.tied())
                    .update();
            // the proposal's own page follows, in this transaction
            proposals.recordResult(line.proposalId(), line.accepted(), new ProposalTally(ProposalTally.Method.valueOf(form.method().name()),
                    line.yes(), line.no(), line.abstentions(), line.approvals(), line.tied()), closedAt);
            if (line.accepted()) {
                events.publishEvent(new ProposalAccepted(consultationId, line.proposalId()));
            }
        }
        if (budget) {
            budgetStore.store(consultationId, totalYuan, funding, Set.of());
            // qualified proposals found not feasible never reached the ballot: they are decided as not accepted
            qualified.stream().filter(id -> !onBallot.contains(id)).sorted().forEach(id -> proposals.recordResult(id, false,
                    new ProposalTally(ProposalTally.Method.BUDGET, 0, 0, 0, 0, false), closedAt));
        }
        if (runoff != null) {
            for (InstantRunoff.Round round : runoff.rounds()) {
                round.votes().forEach((proposal, count) -> jdbc.sql("""
                        INSERT INTO voting_irv_round (consultation_id, round_no, proposal_id, votes, eliminated) VALUES (:c, :r, :p, :v, :e)""")
                        .param("c", consultationId).param("r", round.number()).param("p", proposal).param("v", count)
                        .param("e", proposal.equals(round.eliminated())).update());
            }
        }
        events.publishEvent(new ConsultationClosed(consultationId, turnout, quorumMet));
    }

    /** The published instant-runoff rounds of a ranked vote: round → proposal → votes, and who was eliminated. */
    public List<IrvRound> rounds(Long consultationId) {
        record Row(int roundNo, long proposalId, int votes, boolean eliminated) {
        }
        var rows = jdbc.sql("SELECT round_no, proposal_id, votes, eliminated FROM voting_irv_round WHERE consultation_id = :c"
                + " ORDER BY round_no, proposal_id").param("c", consultationId).query(Row.class).list();
        var byRound = new java.util.TreeMap<Integer, List<Row>>();
        rows.forEach(r -> byRound.computeIfAbsent(r.roundNo(), k -> new ArrayList<>()).add(r));
        return byRound.entrySet().stream().map(e -> new IrvRound(e.getKey(),
                e.getValue().stream().collect(java.util.stream.Collectors.toMap(Row::proposalId, Row::votes, (x, y) -> x,
                        java.util.LinkedHashMap::new)),
                e.getValue().stream().filter(Row::eliminated).map(Row::proposalId).findFirst().orElse(null))).toList();
    }

    private List<List<Long>> rankings(Long consultationId) {
        var byVoter = new java.util.LinkedHashMap<String, List<Long>>();
        jdbc.sql("SELECT voter_ref, proposal_id FROM voting_choice WHERE consultation_id = :c ORDER BY voter_ref, value")
                .param("c", consultationId)
                .query((rs, n) -> byVoter.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2))).list();
        return new ArrayList<>(byVoter.values());
    }

    private static int firstPreferences(InstantRunoff.Outcome runoff, Long proposal) {
        return runoff.rounds().isEmpty() ? 0 : runoff.rounds().getFirst().votes().getOrDefault(proposal, 0);
    }

    private static List<ResultLine> lines(VotingRulesForm form, boolean quorumMet, List<Tally.Count> counts) {
        List<ResultLine> lines = new ArrayList<>();
        switch (form.method()) {
            case YES_NO_ABSTAIN -> counts.forEach(c -> lines.add(new ResultLine(c.proposalId(), c.yes(), c.no(), c.abstentions(), 0,
                    quorumMet && c.yes() + c.no() > 0 && c.yes() * 100L >= (long) form.thresholdPercent() * (c.yes() + c.no()), false)));
            case APPROVAL -> {
                List<Tally.Count> ordered = counts.stream().sorted(Comparator.comparingInt(Tally.Count::approvals).reversed()).toList();
                int m = form.acceptedCount();
                int boundary = ordered.size() >= m ? ordered.get(m - 1).approvals() : 0;
                long above = ordered.stream().filter(c -> c.approvals() > boundary).count();
                long atBoundary = ordered.stream().filter(c -> c.approvals() == boundary && boundary > 0).count();
                boolean tie = above + atBoundary > m;
                for (Tally.Count c : counts) {
                    boolean inTop = c.approvals() > boundary || (c.approvals() == boundary && boundary > 0 && !tie);
                    // a tie matters only for a valid vote: without the quorum nothing is accepted anyway
                    lines.add(new ResultLine(c.proposalId(), 0, 0, 0, c.approvals(), quorumMet && inTop,
                            quorumMet && tie && c.approvals() == boundary && boundary > 0));
                }
            }
            case RANKED -> counts.forEach(c -> lines.add(new ResultLine(c.proposalId(), 0, 0, 0, 0, false, false)));
        }
        return lines;
    }

    // ---- budget consultations (issue 17) ----

    /**
     * The funding of a closed budget vote: the budget, each project's rank, votes, cost (as fixed when
     * voting opened), outcome and the budget left after its turn, and what was spent in all. A tie is
     * broken with {@link OutcomeService#breakTie}, whose {@code accepted} are the tied projects chosen
     * for funding. Empty before the close or for an ordinary vote. Two statements.
     */
    public Optional<BudgetResult> budgetResult(Long consultationId) {
        return budgetStore.find(consultationId).map(s -> new BudgetResult(consultationId, s.totalYuan(), BudgetFunding.funded(s.lines()),
                s.lines().stream().anyMatch(l -> l.outcome() == BudgetFunding.Outcome.TIED), s.lines()));
    }

    /** The chosen projects at the ties so far, with the stored funding (for a tie break). */
    Optional<BudgetLines.Stored> storedFunding(Long consultationId) {
        return budgetStore.find(consultationId);
    }

    /** A budget vote's result lines, by proposal id: approvals are its votes, accepted the funded, tied the tied. */
    private static List<ResultLine> budgetLines(List<BudgetFunding.Line> funding) {
        return funding.stream().sorted(Comparator.comparingLong(BudgetFunding.Line::proposalId))
                .map(l -> new ResultLine(l.proposalId(), 0, 0, 0, l.votes(), l.outcome() == BudgetFunding.Outcome.FUNDED,
                        l.outcome() == BudgetFunding.Outcome.TIED)).toList();
    }
}
