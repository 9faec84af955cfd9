package org.gridvoice.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Chains queued audit entries every second or so, one instance at a time, a bounded batch per transaction. */
@Component
class AuditSealer {

    private static final int PER_TRANSACTION = 5_000;

    private final AuditLog audit;

    AuditSealer(AuditLog audit) {
        this.audit = audit;
    }

    @Scheduled(fixedDelayString = "${gridvoice.audit.seal-interval:PT1S}")
    @SchedulerLock(name = "audit-seal", lockAtMostFor = "PT5M")
    void tick() {
        while (audit.seal(PER_TRANSACTION) == PER_TRANSACTION) {
            // a backlog (after a restart, say) is worked off in bounded transactions
        }
    }
}
