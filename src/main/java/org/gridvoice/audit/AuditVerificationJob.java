package org.gridvoice.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Verifies the whole chain once a day (gridvoice.audit.verify-cron), on one instance at a time. */
@Component
class AuditVerificationJob {

    private final AuditVerificationService verification;

    AuditVerificationJob(AuditVerificationService verification) {
        this.verification = verification;
    }

    @Scheduled(cron = "${gridvoice.audit.verify-cron:0 30 3 * * *}")
    @SchedulerLock(name = "audit-verify", lockAtMostFor = "PT2H")
    void daily() {
        verification.runScheduled();
    }
}
