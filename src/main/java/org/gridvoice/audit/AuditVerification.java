package org.gridvoice.audit;

/** The verifier's answer: how many entries it checked and the first broken one, if any. */
public record AuditVerification(long checked, Long firstBrokenSeq, String headHash) {

    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
