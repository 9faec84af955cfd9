package org.gridvoice.proposal;

/** Published when a resident endorses a proposal. */
public record ProposalEndorsed(Long proposalId, Long consultationId, Long authorId, Long endorserId, boolean qualifiedNow) {
}
