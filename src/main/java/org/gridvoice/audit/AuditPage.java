package org.gridvoice.audit;

import java.util.List;

/** A page of the chain by sequence number, read in one snapshot with the head at that moment. */
public record AuditPage(long headSeq, String headHash, List<AuditEntry> entries) {

    /** The most entries one page of /open-data/audit returns. */
    public static final int MAX_LIMIT = 5_000;
}
