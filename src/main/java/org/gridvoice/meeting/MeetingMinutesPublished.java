package org.gridvoice.meeting;

/** Published when the committee publishes a meeting's minutes: its followers are told. */
public record MeetingMinutesPublished(Long meetingId, Long communityId, String title) {
}
