package org.gridvoice.proposal;

/** Orders of a consultation's proposal list. */
public enum ProposalSort {
    NEWEST,
    MOST_ENDORSED,
    MOST_DISCUSSED
}
