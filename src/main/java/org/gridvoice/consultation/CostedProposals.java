package org.gridvoice.consultation;

/**
 * Whether any proposal of a consultation carries a cost estimate: the proposal module answers, so a
 * budget is not removed from under costed proposals without this module depending on proposals.
 */
public interface CostedProposals {

    boolean anyCosted(Long consultationId);
}
