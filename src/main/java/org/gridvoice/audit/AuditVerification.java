package org.gridvoice.audit;

/**
 * The verifier's answer: how many entries it checked, the first broken one if any and why, the
 * head, and how many entries were still queued (recorded, not yet chained) when it looked.
 */
public record AuditVerification(long checked, Long firstBrokenSeq, Problem problem, String headHash, long queued) {

    /** Why an entry breaks the chain; the command-line verifier (tools/VerifyChain.java) uses the same words. */
    public enum Problem {
        /** the entry with this number is missing: the next stored entry has a later number */
        MISSING,
        /** the entry's prev_hash is not the hash of the entry before it */
        LINK,
        /** the entry's hash is not the SHA-256 of its stored content */
        CONTENT,
        /** the entry lies beyond the published head */
        BEYOND_HEAD,
        /** the chain ends before the published head, or its last hash is not the head */
        HEAD;

        public String messageKey() {
            return "audit.problem." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public AuditVerification(long checked, Long firstBrokenSeq, String headHash, long queued) {
        this(checked, firstBrokenSeq, null, headHash, queued);
    }

    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
