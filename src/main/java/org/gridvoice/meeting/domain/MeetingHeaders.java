package org.gridvoice.meeting.domain;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Optional;
import org.gridvoice.meeting.MeetingHeader;
import org.gridvoice.meeting.MeetingKind;
import org.gridvoice.meeting.MeetingStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a meeting's header (community, kind, status, time, scope) in two statements. */
@Component
public class MeetingHeaders {

    private final JdbcClient jdbc;

    MeetingHeaders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(Long id, Long communityId, String kind, String title, String status, LocalDateTime startsAt,
                       boolean wholeCommunity, LocalDateTime minutesPublishedAt) {
    }

    public Optional<MeetingHeader> find(Long meetingId) {
        return jdbc.sql("""
                SELECT id, community_id, kind, title, status, starts_at, whole_community, minutes_published_at
                FROM meeting WHERE id = :m""").param("m", meetingId).query(Row.class).optional().map(r -> new MeetingHeader(r.id(),
                r.communityId(), MeetingKind.valueOf(r.kind()), r.title(), MeetingStatus.valueOf(r.status()), r.startsAt(),
                r.wholeCommunity(), r.wholeCommunity() ? java.util.Set.of() : new HashSet<>(jdbc.sql(
                        "SELECT grid_id FROM meeting_grid WHERE meeting_id = :m").param("m", meetingId).query(Long.class).list()),
                r.minutesPublishedAt() != null));
    }

    /** Locks the meeting's row for the rest of the transaction (attendance and decisions are counted under it). */
    public void lock(Long meetingId) {
        jdbc.sql("SELECT id FROM meeting WHERE id = :m FOR UPDATE").param("m", meetingId).query(Long.class).optional();
    }
}
