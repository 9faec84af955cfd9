package org.gridvoice.voting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.audit.AuditRecord;
import org.gridvoice.budgeting.BudgetFunding;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.voting.domain.BudgetLines;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The committee's break of a budget vote's tie: the chosen tied projects are funded, then the funding
 * rule goes on from there (more projects may be funded or skipped, or a later tie may wait). Each
 * break is on the audit chain with its reason's hash; the projects it funds are accepted.
 */
@Component
class BudgetTieBreak {

    private final ResultService results;
    private final BudgetLines budgetStore;
    private final ProposalService proposals;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    BudgetTieBreak(ResultService results, BudgetLines budgetStore, ProposalService proposals, AuditLog audit,
                   ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.results = results;
        this.budgetStore = budgetStore;
        this.proposals = proposals;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** InvalidInput: {@code voting.error.no-tie}, {@code voting.error.not-tied}, {@code budgeting.error.tie-choice} (do not fit together). */
    void breakTie(Long consultationId, Long me, TieBreakForm form) {
        BudgetLines.Stored stored = results.storedFunding(consultationId).orElseThrow(() -> InvalidInput.of(null, "voting.error.no-tie"));
        List<BudgetFunding.Line> before = stored.lines();
        OptionalLong left = BudgetFunding.leftAtTie(stored.totalYuan(), before);
        if (left.isEmpty()) {
            throw InvalidInput.of(null, "voting.error.no-tie");
        }
        Map<Long, BudgetFunding.Line> tied = before.stream().filter(l -> l.outcome() == BudgetFunding.Outcome.TIED)
                .collect(Collectors.toMap(BudgetFunding.Line::proposalId, l -> l));
        if (form.accepted().isEmpty() || !tied.keySet().containsAll(form.accepted())) {
            throw InvalidInput.of("accepted", "voting.error.not-tied");
        }
        long cost = form.accepted().stream().mapToLong(p -> tied.get(p).costYuan()).sum();
        if (cost > left.getAsLong()) {
            throw InvalidInput.of("accepted", "budgeting.error.tie-choice", left.getAsLong());
        }
        Set<Long> chosen = new HashSet<>(stored.chosenAtTie());
        chosen.addAll(form.accepted());
        List<BudgetFunding.Line> after = BudgetFunding.fund(stored.totalYuan(), before.stream()
                .map(l -> new BudgetFunding.Entry(l.proposalId(), l.votes(), l.costYuan())).toList(), chosen);
        budgetStore.store(consultationId, stored.totalYuan(), after, chosen);
        Set<Long> fundedBefore = before.stream().filter(l -> l.outcome() == BudgetFunding.Outcome.FUNDED)
                .map(BudgetFunding.Line::proposalId).collect(Collectors.toSet());
        List<Long> newlyFunded = after.stream().filter(l -> l.outcome() == BudgetFunding.Outcome.FUNDED && !fundedBefore.contains(l.proposalId()))
                .map(BudgetFunding.Line::proposalId).sorted().toList();
        String reason = form.reason().strip();
        // a later tie is broken again: every reason is kept, oldest first
        jdbc.sql("""
                UPDATE voting_result SET tie_break_reason = IF(tie_break_reason IS NULL, :r, CONCAT(tie_break_reason, '\\n', :r)),
                    tie_broken_at = :now, tie_broken_by = :me WHERE consultation_id = :c""")
                .param("r", reason).param("now", LocalDateTime.now(clock)).param("me", me).param("c", consultationId).update();
        audit.append(new AuditRecord("TIE_BROKEN", "consultation", consultationId, "committee:" + me,
                "chosen " + form.accepted().stream().sorted().toList() + ", funded " + newlyFunded + ", budget left "
                        + (stored.totalYuan() - BudgetFunding.funded(after)) + ", reason sha256 " + AuditRecord.textHash(reason)));
        newlyFunded.forEach(proposal -> {
            proposals.recordTieBroken(proposal);
            events.publishEvent(new ProposalAccepted(consultationId, proposal));
        });
    }
}
