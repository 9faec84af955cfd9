package org.gridvoice.proposal;

/** A proposal whose title shares character pairs with the one being typed. */
public record SimilarProposal(Long id, String title, int endorsementCount, int sharedBigrams) {
}
