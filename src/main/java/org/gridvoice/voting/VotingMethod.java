package org.gridvoice.voting;

public enum VotingMethod {
    /** Yes / no / abstain on each qualified proposal. */
    YES_NO_ABSTAIN,
    /** Pick up to k proposals; the top m are accepted. */
    APPROVAL,
    /** Rank the proposals; instant-runoff picks one winner. */
    RANKED
}
