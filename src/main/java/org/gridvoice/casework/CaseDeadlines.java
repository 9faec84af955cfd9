package org.gridvoice.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.gridvoice.casework.domain.Case;
import org.gridvoice.casework.domain.CaseAccess;
import org.gridvoice.casework.domain.CaseAudience;
import org.gridvoice.casework.domain.CaseRole;
import org.gridvoice.casework.domain.CaseStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deadlines. A case past its due time is marked late (its office's lead is told); one overdue by
 * more than the grace period is escalated (督办) to the coordinator. Each happens once per case:
 * each candidate is locked and the case's lifecycle refuses a second mark, so even two app
 * instances running this at the same moment cannot mark a case twice.
 */
@Service
public class CaseDeadlines {

    private static final Set<CaseRole> SYSTEM = Set.of(CaseRole.SYSTEM);

    private final CaseStore store;
    private final CaseAccess access;
    private final CaseAudience audience;
    private final FeedbackService feedback;
    private final Clock clock;
    private final Duration grace;
    private final TransactionTemplate transaction;

    CaseDeadlines(CaseStore store, CaseAccess access, CaseAudience audience, FeedbackService feedback, Clock clock,
                  @Value("${gridvoice.casework.escalation-grace:P2D}") Duration grace, TransactionTemplate transaction) {
        this.store = store;
        this.access = access;
        this.audience = audience;
        this.feedback = feedback;
        this.clock = clock;
        this.grace = grace;
        this.transaction = transaction;
    }

    /**
     * One pass: late marks, escalations, and ended confirmation windows. Each mark is its own
     * transaction: a mark appends to the audit chain, which holds the chain's head until commit, so
     * a backlog of thousands of late cases (after an outage, say) must not hold it for a whole pass
     * while residents file requests and offices take steps.
     */
    public void check() {
        LocalDateTime now = LocalDateTime.now(clock);
        for (Long id : store.lateCandidates(now)) {
            transaction.executeWithoutResult(status ->
                    mark(id, CaseStep.MARK_LATE, CaseEventKind.LATE, now, c -> c.lateAt(now), Case::markedLate));
        }
        for (Long id : store.overdueCandidates(now.minus(grace))) {
            transaction.executeWithoutResult(status ->
                    mark(id, CaseStep.ESCALATE, CaseEventKind.ESCALATED, now, c -> c.overdueAt(now, grace), Case::escalated));
        }
        transaction.executeWithoutResult(status -> feedback.decideEnded());
    }

    private void mark(Long id, CaseStep step, CaseEventKind kind, LocalDateTime now, Predicate<Case> due,
                      BiFunction<Case, LocalDateTime, Case> marked) {
        CaseStore.State state = store.lock(id).orElseThrow();
        Case c = access.lifecycle(state);
        if (!due.test(c) || !c.check(step, SYSTEM).allowed()) {
            return; // marked meanwhile by another instance, or no longer due
        }
        store.transition(marked.apply(c, now));
        store.event(id, now, kind, null, c.officeId(), null, null, false);
        audience.announce(id, kind, c.officeId(), null, false);
    }
}
