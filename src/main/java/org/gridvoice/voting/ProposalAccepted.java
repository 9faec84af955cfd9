package org.gridvoice.voting;

/** Published with the result for each accepted proposal, in the transaction that stored the result. */
public record ProposalAccepted(Long consultationId, Long proposalId) {
}
