package org.gridvoice.proposal;

/** Filters of a consultation's proposal list; null means "any" (status defaults to open proposals). */
public record ProposalFilter(Long categoryId, Long gridId, ProposalStatus status, Boolean qualified, String text) {

    public static ProposalFilter open() {
        return new ProposalFilter(null, null, ProposalStatus.OPEN, null, null);
    }
}
