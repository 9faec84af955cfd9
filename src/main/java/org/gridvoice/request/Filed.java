package org.gridvoice.request;

/** A request filed and the case it became. */
public record Filed(long requestId, long caseId) {
}
