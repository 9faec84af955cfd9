package org.gridvoice.initiative;

/**
 * OPEN (collecting signatures) → THRESHOLD_MET (the committee's deadline runs) → SCHEDULED (on a published
 * meeting's agenda); a missed deadline makes it ESCALATED, which a meeting still turns SCHEDULED.
 * WITHDRAWN when its opener's account is erased with their contributions while it was open.
 */
public enum InitiativeStatus {
    OPEN,
    THRESHOLD_MET,
    SCHEDULED,
    ESCALATED,
    WITHDRAWN;

    public boolean acceptsSignatures() {
        return this == OPEN;
    }

    /** Whether the committee still owes the meeting. */
    public boolean awaitsMeeting() {
        return this == THRESHOLD_MET || this == ESCALATED;
    }
}
