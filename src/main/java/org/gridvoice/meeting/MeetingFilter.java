package org.gridvoice.meeting;

/** The public list's filter: upcoming (not yet started, soonest first) or past (latest first), optionally one community. */
public record MeetingFilter(boolean upcoming, Long communityId) {
}
