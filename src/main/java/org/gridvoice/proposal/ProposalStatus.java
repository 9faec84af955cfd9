package org.gridvoice.proposal;

/**
 * A proposal's life: OPEN → QUALIFIED (endorsement threshold reached) → ON_BALLOT (voting opened
 * with it) → ACCEPTED / NOT_ACCEPTED → ROUTED (a case at an office) → RESOLVED → CLOSED, following
 * its case (a reopened case goes back to ROUTED). NOT_QUALIFIED: the proposals phase ended below the
 * threshold. WITHDRAWN by its author, before voting. MERGED by the committee into another proposal of
 * the same consultation (a duplicate), before voting: its endorsements count for the other.
 */
public enum ProposalStatus {
    OPEN,
    QUALIFIED,
    NOT_QUALIFIED,
    ON_BALLOT,
    ACCEPTED,
    NOT_ACCEPTED,
    ROUTED,
    RESOLVED,
    CLOSED,
    WITHDRAWN,
    MERGED;

    /** Whether the author may still withdraw it (the phase decides too: never once voting opened). */
    public boolean withdrawable() {
        return this == OPEN || this == QUALIFIED || this == NOT_QUALIFIED;
    }

    /** The statuses a proposal in the proposals phase has: still collecting endorsements. */
    public boolean collecting() {
        return this == OPEN || this == QUALIFIED;
    }
}
