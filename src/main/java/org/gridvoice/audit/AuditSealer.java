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
    // An instance killed while sealing leaves its lock behind until lockAtMostFor: keep that stall short. Should a
    // long backlog outlast it and a second instance start sealing too, both lock audit_head (a Galera node refuses the
    // later writer at certification), so the chain stays gap-free either way.
    @SchedulerLock(name = "audit-seal", lockAtMostFor = "PT30S")
    void tick() {
        while (audit.seal(PER_TRANSACTION) == PER_TRANSACTION) {
            // a backlog (after a restart, say) is worked off in bounded transactions
        }
    }
}
