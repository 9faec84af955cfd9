package org.gridvoice.audit;

/**
 * The verifier's answer: how many entries it checked, the first broken one if any, the head, and
 * how many entries were still queued (recorded, not yet chained) when it looked.
 */
public record AuditVerification(long checked, Long firstBrokenSeq, String headHash, long queued) {

    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
