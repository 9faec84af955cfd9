package org.gridvoice.meeting;

import java.time.LocalDateTime;

/** A meeting in a list. */
public record MeetingSummary(Long id, Long communityId, String communityName, MeetingKind kind, String title, MeetingStatus status,
                             LocalDateTime startsAt, String place, int agendaItems) {
}
