package org.gridvoice.proposal;

/**
 * Filters of a consultation's proposal list; null means "any", except that a null status means
 * every status but WITHDRAWN and MERGED: what residents expect of the list in every phase (the
 * proposals still collecting, then those on the ballot, accepted and being worked), without the
 * ones their authors took back or the committee merged into another. Both are statuses to pick.
 */
public record ProposalFilter(Long categoryId, Long gridId, ProposalStatus status, Boolean qualified, String text) {

    /** The default list: every proposal neither withdrawn nor merged. */
    public static ProposalFilter current() {
        return new ProposalFilter(null, null, null, null, null);
    }

    /** The proposals still below their endorsement threshold in the proposals phase. */
    public static ProposalFilter open() {
        return new ProposalFilter(null, null, ProposalStatus.OPEN, null, null);
    }
}
