package org.gridvoice.meeting;

import java.time.LocalDateTime;
import java.util.List;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.support.People;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Meetings for tests, written straight into the V49 tables (scheduling them is another part of the
 * module): a meeting of a community with its scope and agenda items, and, for quorum tests, a fresh
 * community of its own whose roll is only the residents a test verifies in it.
 */
@Component
public class MeetingFixture {

    private final JdbcClient jdbc;
    private final People people;

    MeetingFixture(JdbcClient jdbc, People people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    /** A new community of street 1 with two grids; returns {community, grid A, grid B}. */
    public long[] community() {
        long community = jdbc.sql("INSERT INTO place_community (street_id, name) VALUES (1, :n) RETURNING id")
                .param("n", "会议测试社区" + System.nanoTime()).query(Long.class).single();
        long a = jdbc.sql("INSERT INTO place_grid (community_id, name) VALUES (:c, '第一网格') RETURNING id").param("c", community)
                .query(Long.class).single();
        long b = jdbc.sql("INSERT INTO place_grid (community_id, name) VALUES (:c, '第二网格') RETURNING id").param("c", community)
                .query(Long.class).single();
        return new long[] {community, a, b};
    }

    /** A resident verified at this address of the grid. */
    public SignedInUser residentAt(long gridId, String building, String unit, String room) {
        SignedInUser resident = people.resident();
        jdbc.sql("""
                INSERT INTO account_residency (user_id, community_id, grid_id, building, unit, room, status, requested_at, decided_at)
                SELECT :u, community_id, id, :b, :un, :r, 'APPROVED', NOW(), NOW() FROM place_grid WHERE id = :g""")
                .param("u", resident.id()).param("g", gridId).param("b", building).param("un", unit).param("r", room).update();
        return resident;
    }

    /** A meeting of the community (for the given grids, or the whole community when none), as its committee member made it. */
    public long meeting(long communityId, MeetingKind kind, MeetingStatus status, LocalDateTime startsAt, SignedInUser committee,
                        Long... gridIds) {
        long id = jdbc.sql("""
                INSERT INTO meeting (community_id, kind, title, starts_at, ends_at, place, whole_community, status, created_by, created_at,
                    published_at)
                VALUES (:c, :k, :t, :s, :e, '社区活动室', :whole, :status, :by, NOW(), :published) RETURNING id""")
                .param("c", communityId).param("k", kind.name()).param("t", "测试会议" + System.nanoTime() % 100_000).param("s", startsAt)
                .param("e", startsAt.plusHours(2)).param("whole", gridIds.length == 0).param("status", status.name())
                .param("by", committee.id()).param("published", status == MeetingStatus.DRAFT ? null : LocalDateTime.now())
                .query(Long.class).single();
        for (Long grid : gridIds) {
            jdbc.sql("INSERT INTO meeting_grid (meeting_id, grid_id) VALUES (:m, :g)").param("m", id).param("g", grid).update();
        }
        return id;
    }

    /** A published 居民会议 of the community starting in half an hour, made by the demo committee member, with two items. */
    public long demoMeeting(long communityId) {
        Long by = jdbc.sql("SELECT id FROM account_user WHERE email = 'committee@gridvoice.demo'").query(Long.class).single();
        long id = jdbc.sql("""
                INSERT INTO meeting (community_id, kind, title, starts_at, ends_at, place, whole_community, status, created_by, created_at,
                    published_at)
                VALUES (:c, 'RESIDENTS_MEETING', '冬季居民会议', :s, :e, '社区活动室', TRUE, 'PUBLISHED', :by, NOW(), NOW()) RETURNING id""")
                .param("c", communityId).param("s", LocalDateTime.now().plusMinutes(30)).param("e", LocalDateTime.now().plusHours(2))
                .param("by", by).query(Long.class).single();
        item(id, 1, "楼道堆物清理", null, null);
        item(id, 2, "夜间停车管理", null, null);
        return id;
    }

    /** A published meeting starting in half an hour: the desk is open. */
    public long openMeeting(long communityId, MeetingKind kind, SignedInUser committee, Long... gridIds) {
        return meeting(communityId, kind, MeetingStatus.PUBLISHED, LocalDateTime.now().plusMinutes(30), committee, gridIds);
    }

    /** Adds an agenda item (linking {@code linkKind}/{@code linkId} when not null); returns its id. */
    public long item(long meetingId, int position, String title, String linkKind, Long linkId) {
        return jdbc.sql("""
                INSERT INTO meeting_agenda_item (meeting_id, position, title, note_markdown, link_kind, link_id)
                VALUES (:m, :p, :t, :n, :k, :l) RETURNING id""")
                .param("m", meetingId).param("p", position).param("t", title).param("n", "关于“" + title + "”的说明").param("k", linkKind)
                .param("l", linkId).query(Long.class).single();
    }

    public int attendance(long meetingId) {
        return jdbc.sql("SELECT COUNT(*) FROM meeting_attendance WHERE meeting_id = :m").param("m", meetingId).query(Integer.class).single();
    }

    public List<String> auditKinds(long meetingId) {
        return jdbc.sql("SELECT kind FROM audit_entry WHERE object_type = 'meeting' AND object_id = :m ORDER BY seq")
                .param("m", meetingId).query(String.class).list();
    }
}
