package org.gridvoice.meeting.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.gridvoice.meeting.Attendee;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A meeting's attendance in SQL: signing in, undoing, the counts the quorum is taken from, the desk's list. */
@Component
public class AttendanceStore {

    /** Counts of those signed in: everyone, verified residents, distinct households, households with a representative. */
    public record Counts(int present, int residents, int households, int representedHouseholds) {
    }

    private final JdbcClient jdbc;

    AttendanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Counts counts(Long meetingId) {
        return jdbc.sql("""
                SELECT COUNT(*), COALESCE(SUM(user_id IS NOT NULL), 0), COUNT(DISTINCT household_key),
                       COUNT(DISTINCT CASE WHEN household_representative AND household_key IS NOT NULL THEN household_key END)
                FROM meeting_attendance WHERE meeting_id = :m""").param("m", meetingId)
                .query((rs, n) -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).single();
    }

    public boolean signedIn(Long meetingId, Long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM meeting_attendance WHERE meeting_id = :m AND user_id = :u").param("m", meetingId)
                .param("u", userId).query(Long.class).single() > 0;
    }

    public List<Long> signedInAmong(Long meetingId, List<Long> userIds) {
        return userIds.isEmpty() ? List.of() : jdbc.sql("SELECT user_id FROM meeting_attendance WHERE meeting_id = :m AND user_id IN (:u)")
                .param("m", meetingId).param("u", userIds).query(Long.class).list();
    }

    public boolean walkInSignedIn(Long meetingId, String name) {
        return jdbc.sql("SELECT COUNT(*) FROM meeting_attendance WHERE meeting_id = :m AND walk_in_name = :n").param("m", meetingId)
                .param("n", name).query(Long.class).single() > 0;
    }

    public Long insert(Long meetingId, Long userId, String walkInName, String householdKey, boolean representative, Long signedBy,
                       LocalDateTime at) {
        return jdbc.sql("""
                INSERT INTO meeting_attendance (meeting_id, user_id, walk_in_name, household_key, household_representative, signed_by, signed_at)
                VALUES (:m, :u, :w, :h, :r, :by, :at) RETURNING id""")
                .param("m", meetingId).param("u", userId).param("w", walkInName).param("h", householdKey).param("r", representative)
                .param("by", signedBy).param("at", at).query(Long.class).single();
    }

    /** The attendance row's user (empty for a walk-in), if the row belongs to the meeting. */
    public Optional<Optional<Long>> find(Long meetingId, Long attendanceId) {
        return jdbc.sql("SELECT user_id FROM meeting_attendance WHERE meeting_id = :m AND id = :a").param("m", meetingId)
                .param("a", attendanceId).query((rs, n) -> Optional.ofNullable(rs.getObject(1, Long.class))).optional();
    }

    public void delete(Long meetingId, Long attendanceId) {
        jdbc.sql("DELETE FROM meeting_attendance WHERE meeting_id = :m AND id = :a").param("m", meetingId).param("a", attendanceId).update();
    }

    /** Everyone signed in, latest first, with the address the committee approved (the desk's list; at most {@code limit}). */
    public List<Attendee> list(Long meetingId, int limit) {
        return jdbc.sql("""
                SELECT a.id, a.user_id, COALESCE(u.display_name, a.walk_in_name), r.building, r.unit, r.room, a.household_representative,
                       a.signed_at
                FROM meeting_attendance a
                LEFT JOIN account_user u ON u.id = a.user_id
                LEFT JOIN account_residency r ON r.user_id = a.user_id AND r.status = 'APPROVED'
                WHERE a.meeting_id = :m ORDER BY a.signed_at DESC, a.id DESC LIMIT :limit""")
                .param("m", meetingId).param("limit", limit)
                .query((rs, n) -> new Attendee(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getBoolean(7), rs.getObject(8, LocalDateTime.class))).list();
    }
}
