package org.gridvoice.meeting;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Published when the committee publishes a meeting, and again whenever a published meeting's time or
 * agenda changes, with every item it links: a module whose item is on the agenda learns it is scheduled.
 */
public record MeetingPublished(Long meetingId, Long communityId, LocalDateTime startsAt, List<AgendaLink> links) {

    public MeetingPublished {
        links = List.copyOf(links);
    }
}
