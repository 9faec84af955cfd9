package org.gridvoice.casework;

/** The steps on a case's timeline. NOTE is the only internal kind (office and coordinator only). */
public enum CaseEventKind {
    ROUTED,
    ACCEPTED,
    UPDATED,
    NOTE,
    SUMMARY,
    TRANSFERRED,
    TO_COORDINATOR,
    REJECTED,
    ASSIGNED,
    RESOLVED,
    LATE,
    ESCALATED,
    CONFIRMED,
    CLOSED,
    REOPENED,
    /** A funded project's milestone: what was reached, on which day, the percent done. */
    PROGRESS
}
