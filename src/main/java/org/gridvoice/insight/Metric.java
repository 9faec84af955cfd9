package org.gridvoice.insight;

/** What is counted in a grid, category and period. */
public enum Metric {
    REQUESTS,
    SUPPORTS,
    PROPOSALS,
    ENDORSEMENTS,
    CASES_OPENED,
    CASES_RESOLVED,
    CASES_REOPENED,
    /** Residents' answers (confirmations and feedback) that said satisfied. */
    SATISFIED,
    /** Residents' answers (confirmations and feedback) with any satisfaction. */
    RATED
}
