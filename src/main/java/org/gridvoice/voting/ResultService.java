package org.gridvoice.voting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.audit.AuditRecord;
import org.gridvoice.consultation.ConsultationPhaseChanged;
import org.gridvoice.consultation.Phase;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.voting.domain.Tally;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results. When a consultation's voting closes (by the clock or by its committee), the tally is
 * computed once in SQL, stored with the audit chain head, and the accepted proposals are
 * announced, all in the transaction that closed the vote. Ranked-choice counting is not built yet:
 * such a result records turnout and first preferences only.
 */
@Service
@Transactional(readOnly = true)
public class ResultService {

    private final Tally tally;
    private final VotingRulesService rules;
    private final ProposalService proposals;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    ResultService(Tally tally, VotingRulesService rules, ProposalService proposals, AuditLog audit, ApplicationEventPublisher events,
                  JdbcClient jdbc, Clock clock) {
        this.tally = tally;
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
        Set<Long> onBallot = proposals.qualifiedProposals(consultationId);
        int electorate = (int) rules.electorate(consultationId);
        int turnout = tally.turnout(consultationId);
        boolean quorumMet = electorate > 0 && turnout * 100L >= (long) form.quorumPercent() * electorate;
        List<ResultLine> lines = lines(form, quorumMet, tally.counts(consultationId, onBallot));
        String head = audit.append(new AuditRecord("RESULT_PUBLISHED", "consultation", consultationId, "committee",
                "turnout " + turnout + "/" + electorate + ", accepted " + lines.stream().filter(ResultLine::accepted).map(ResultLine::proposalId).toList()));
        jdbc.sql("""
                INSERT INTO voting_result (consultation_id, closed_at, method, electorate, turnout, quorum_met, chain_head)
                VALUES (:c, :at, :m, :e, :t, :q, :h)""")
                .param("c", consultationId).param("at", LocalDateTime.now(clock)).param("m", form.method().name())
                .param("e", electorate).param("t", turnout).param("q", quorumMet).param("h", head).update();
        for (ResultLine line : lines) {
            jdbc.sql("""
                    INSERT INTO voting_result_line (consultation_id, proposal_id, yes_votes, no_votes, abstentions, approvals, accepted, tied)
                    VALUES (:c, :p, :y, :n, :a, :ap, :acc, :tie)""")
                    .param("c", consultationId).param("p", line.proposalId()).param("y", line.yes()).param("n", line.no())
                    .param("a", line.abstentions()).param("ap", line.approvals()).param("acc", line.accepted()).param("tie", line.tied())
                    .update();
            if (line.accepted()) {
                events.publishEvent(new ProposalAccepted(consultationId, line.proposalId()));
            }
        }
        events.publishEvent(new ConsultationClosed(consultationId, turnout, quorumMet));
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
                    lines.add(new ResultLine(c.proposalId(), 0, 0, 0, c.approvals(), quorumMet && inTop,
                            tie && c.approvals() == boundary && boundary > 0));
                }
            }
            case RANKED -> counts.forEach(c -> lines.add(new ResultLine(c.proposalId(), 0, 0, 0, 0, false, false)));
        }
        return lines;
    }
}
