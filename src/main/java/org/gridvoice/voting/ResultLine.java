package org.gridvoice.voting;

/**
 * One proposal's counts in a result. {@code approvals} holds the approvals of an approval vote and
 * the first preferences of a ranked one; {@code tied} marks an approval tie at the acceptance boundary.
 */
public record ResultLine(Long proposalId, int yes, int no, int abstentions, int approvals, boolean accepted, boolean tied) {
}
