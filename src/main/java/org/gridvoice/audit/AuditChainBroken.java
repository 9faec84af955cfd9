package org.gridvoice.audit;

/** A verification found the chain broken: which entry first, and why. Administrators are told (notification module). */
public record AuditChainBroken(long runId, long firstBrokenSeq, AuditVerification.Problem problem) {
}
