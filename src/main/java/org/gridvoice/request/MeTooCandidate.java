package org.gridvoice.request;

/**
 * A recent request that may be the one the resident is about to file again: the same category and
 * grid within 30 days, and within 150 m when both have a point ({@code metres}, else null).
 * {@code supported} is true when the resident stands behind it already (as its author or a supporter).
 */
public record MeTooCandidate(RequestSummary request, Integer metres, boolean supported) {
}
