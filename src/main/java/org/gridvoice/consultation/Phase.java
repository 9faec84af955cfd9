package org.gridvoice.consultation;

/** Where a consultation stands. A draft has no phase until it is published. */
public enum Phase {
    DRAFT,
    UPCOMING,
    PROPOSALS,
    DELIBERATION,
    VOTING,
    CLOSED;

    public boolean allowsProposals() {
        return this == PROPOSALS;
    }

    public boolean allowsVoting() {
        return this == VOTING;
    }

    /** Phases a committee may end before their date. */
    public boolean closableEarly() {
        return this == PROPOSALS || this == DELIBERATION || this == VOTING;
    }
}
