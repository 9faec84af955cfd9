package org.gridvoice.audit;

import java.time.LocalDateTime;

/** One run of the chain verifier, as kept in audit_verification_run. */
public record AuditRun(long id, LocalDateTime startedAt, LocalDateTime finishedAt, boolean scheduled, long checked, String headHash,
                       Long firstBrokenSeq, AuditVerification.Problem problem) {

    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
