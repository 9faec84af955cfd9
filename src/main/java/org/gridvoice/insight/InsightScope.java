package org.gridvoice.insight;

/** A street, or one community of it when {@code communityId} is set. */
public record InsightScope(Long streetId, Long communityId) {
}
