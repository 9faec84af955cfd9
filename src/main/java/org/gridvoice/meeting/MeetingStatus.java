package org.gridvoice.meeting;

/** DRAFT (the committee's only) → PUBLISHED (public; residents in scope told) → HELD (minutes published); or CANCELLED. */
public enum MeetingStatus {
    DRAFT,
    PUBLISHED,
    HELD,
    CANCELLED
}
