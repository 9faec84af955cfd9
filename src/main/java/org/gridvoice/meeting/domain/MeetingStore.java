package org.gridvoice.meeting.domain;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridvoice.meeting.MeetingFilter;
import org.gridvoice.meeting.MeetingForm;
import org.gridvoice.meeting.RsvpAnswer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The meeting's rows: the meeting, its scope, invited offices, agenda, answers, followers, corrections. */
@Component
public class MeetingStore {

    private final JdbcClient jdbc;

    MeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The meeting's own row, as pages and the editor read it. */
    public record Row(Long id, Long communityId, String kind, String title, String descriptionMarkdown, String descriptionHtml,
                      LocalDateTime startsAt, LocalDateTime endsAt, String place, String invitedParties, boolean wholeCommunity,
                      String status, String cancelReason, LocalDateTime publishedAt, String minutesMarkdown, String minutesHtml,
                      LocalDateTime minutesPublishedAt) {
    }

    /** An agenda item's row with its recorded outcome (read only here; the desk records it). */
    public record ItemRow(Long id, int position, String title, String noteMarkdown, String noteHtml, String linkKind, Long linkId,
                          String method, Integer votesFor, Integer votesAgainst, Integer votesAbstain, Integer present, Boolean passed,
                          String consensusHtml, Long referredConsultationId) {
    }

    public record ListRow(Long id, Long communityId, String kind, String title, String status, LocalDateTime startsAt, String place,
                          int items) {
    }

    public Long insert(MeetingForm form, String descriptionHtml, Long createdBy, LocalDateTime now) {
        return jdbc.sql("""
                INSERT INTO meeting (community_id, kind, title, description_markdown, description_html, starts_at, ends_at, place,
                    invited_parties, whole_community, status, created_by, created_at)
                VALUES (:c, :kind, :title, :d, :dh, :s, :e, :place, :inv, :whole, 'DRAFT', :me, :now) RETURNING id""")
                .param("c", form.communityId()).param("kind", form.kind().name()).param("title", form.title().strip())
                .param("d", blankToNull(form.description())).param("dh", descriptionHtml).param("s", form.startsAt())
                .param("e", form.endsAt()).param("place", form.place().strip()).param("inv", blankToNull(form.invitedParties()))
                .param("whole", form.wholeCommunity()).param("me", createdBy).param("now", now).query(Long.class).single();
    }

    public void update(Long id, MeetingForm form, String descriptionHtml) {
        jdbc.sql("""
                UPDATE meeting SET kind = :kind, title = :title, description_markdown = :d, description_html = :dh, starts_at = :s,
                    ends_at = :e, place = :place, invited_parties = :inv, whole_community = :whole, version = version + 1
                WHERE id = :id""")
                .param("kind", form.kind().name()).param("title", form.title().strip())
                .param("d", blankToNull(form.description())).param("dh", descriptionHtml).param("s", form.startsAt())
                .param("e", form.endsAt()).param("place", form.place().strip()).param("inv", blankToNull(form.invitedParties()))
                .param("whole", form.wholeCommunity()).param("id", id).update();
    }

    public void replaceScope(Long id, boolean wholeCommunity, Set<Long> gridIds, Set<Long> officeIds) {
        jdbc.sql("DELETE FROM meeting_grid WHERE meeting_id = :m").param("m", id).update();
        jdbc.sql("DELETE FROM meeting_office WHERE meeting_id = :m").param("m", id).update();
        if (!wholeCommunity) {
            gridIds.forEach(g -> jdbc.sql("INSERT INTO meeting_grid (meeting_id, grid_id) VALUES (:m, :g)").param("m", id).param("g", g).update());
        }
        officeIds.forEach(o -> jdbc.sql("INSERT INTO meeting_office (meeting_id, office_id) VALUES (:m, :o)").param("m", id).param("o", o).update());
    }

    /** A rendered agenda item to store. */
    public record NewItem(String title, String noteMarkdown, String noteHtml, String linkKind, Long linkId) {
    }

    public void replaceItems(Long id, List<NewItem> items) {
        jdbc.sql("DELETE FROM meeting_agenda_item WHERE meeting_id = :m").param("m", id).update();
        int position = 1;
        for (NewItem item : items) {
            jdbc.sql("""
                    INSERT INTO meeting_agenda_item (meeting_id, position, title, note_markdown, note_html, link_kind, link_id)
                    VALUES (:m, :p, :t, :n, :nh, :k, :l)""")
                    .param("m", id).param("p", position++).param("t", item.title()).param("n", item.noteMarkdown())
                    .param("nh", item.noteHtml()).param("k", item.linkKind()).param("l", item.linkId()).update();
        }
    }

    public boolean anyDecided(Long id) {
        return jdbc.sql("SELECT COUNT(*) FROM meeting_agenda_item WHERE meeting_id = :m AND method IS NOT NULL")
                .param("m", id).query(Integer.class).single() > 0;
    }

    public void publish(Long id, LocalDateTime now) {
        jdbc.sql("UPDATE meeting SET status = 'PUBLISHED', published_at = :now, version = version + 1 WHERE id = :id")
                .param("now", now).param("id", id).update();
    }

    public void cancel(Long id, String reason) {
        jdbc.sql("UPDATE meeting SET status = 'CANCELLED', cancel_reason = :r, version = version + 1 WHERE id = :id")
                .param("r", reason).param("id", id).update();
    }

    public void saveMinutes(Long id, String markdown, String html) {
        jdbc.sql("UPDATE meeting SET minutes_markdown = :md, minutes_html = :h, version = version + 1 WHERE id = :id")
                .param("md", markdown).param("h", html).param("id", id).update();
    }

    public void publishMinutes(Long id, Long by, LocalDateTime now) {
        jdbc.sql("""
                UPDATE meeting SET status = 'HELD', minutes_published_at = :now, minutes_published_by = :by, version = version + 1
                WHERE id = :id""").param("now", now).param("by", by).param("id", id).update();
    }

    public Long addCorrection(Long id, String markdown, String html, Long by, LocalDateTime now) {
        return jdbc.sql("""
                INSERT INTO meeting_correction (meeting_id, note_markdown, note_html, created_by, created_at)
                VALUES (:m, :md, :h, :by, :now) RETURNING id""")
                .param("m", id).param("md", markdown).param("h", html).param("by", by).param("now", now).query(Long.class).single();
    }

    public Optional<Row> find(Long id) {
        return jdbc.sql("""
                SELECT id, community_id, kind, title, description_markdown, description_html, starts_at, ends_at, place, invited_parties,
                       whole_community, status, cancel_reason, published_at, minutes_markdown, minutes_html, minutes_published_at
                FROM meeting WHERE id = :id""").param("id", id).query(Row.class).optional();
    }

    public List<ItemRow> items(Long id) {
        return jdbc.sql("""
                SELECT id, position, title, note_markdown, note_html, link_kind, link_id, method, votes_for, votes_against, votes_abstain,
                       present, passed, consensus_html, referred_consultation_id
                FROM meeting_agenda_item WHERE meeting_id = :m ORDER BY position""").param("m", id).query(ItemRow.class).list();
    }

    public Set<Long> grids(Long id) {
        return Set.copyOf(jdbc.sql("SELECT grid_id FROM meeting_grid WHERE meeting_id = :m").param("m", id).query(Long.class).list());
    }

    public Set<Long> offices(Long id) {
        return Set.copyOf(jdbc.sql("SELECT office_id FROM meeting_office WHERE meeting_id = :m").param("m", id).query(Long.class).list());
    }

    public List<Correction> corrections(Long id) {
        return jdbc.sql("SELECT id, note_html, created_at FROM meeting_correction WHERE meeting_id = :m ORDER BY created_at, id")
                .param("m", id).query(Correction.class).list();
    }

    public record Correction(Long id, String noteHtml, LocalDateTime createdAt) {
    }

    // ---- the public list, paged in SQL

    private static final String PUBLIC_WHERE = " " + """
             WHERE m.status <> 'DRAFT' AND (:c IS NULL OR m.community_id = :c)
               AND ((:up AND m.starts_at >= :now AND m.status = 'PUBLISHED') OR (NOT :up AND (m.starts_at < :now OR m.status <> 'PUBLISHED')))""";

    public List<ListRow> page(MeetingFilter filter, LocalDateTime now, int limit, long offset) {
        return jdbc.sql("""
                SELECT m.id, m.community_id, m.kind, m.title, m.status, m.starts_at, m.place,
                       (SELECT COUNT(*) FROM meeting_agenda_item i WHERE i.meeting_id = m.id) AS items
                FROM meeting m""" + PUBLIC_WHERE + (filter.upcoming() ? " ORDER BY m.starts_at, m.id" : " ORDER BY m.starts_at DESC, m.id DESC")
                + " LIMIT :limit OFFSET :offset")
                .param("c", filter.communityId()).param("up", filter.upcoming()).param("now", now)
                .param("limit", limit).param("offset", offset).query(ListRow.class).list();
    }

    public long count(MeetingFilter filter, LocalDateTime now) {
        return jdbc.sql("SELECT COUNT(*) FROM meeting m" + PUBLIC_WHERE)
                .param("c", filter.communityId()).param("up", filter.upcoming()).param("now", now).query(Long.class).single();
    }

    public List<ListRow> drafts(Collection<Long> communities, int limit, long offset) {
        return jdbc.sql("""
                SELECT m.id, m.community_id, m.kind, m.title, m.status, m.starts_at, m.place,
                       (SELECT COUNT(*) FROM meeting_agenda_item i WHERE i.meeting_id = m.id) AS items
                FROM meeting m WHERE m.status = 'DRAFT' AND m.community_id IN (:cs) ORDER BY m.starts_at, m.id LIMIT :limit OFFSET :offset""")
                .param("cs", communities).param("limit", limit).param("offset", offset).query(ListRow.class).list();
    }

    public long countDrafts(Collection<Long> communities) {
        return jdbc.sql("SELECT COUNT(*) FROM meeting WHERE status = 'DRAFT' AND community_id IN (:cs)")
                .param("cs", communities).query(Long.class).single();
    }

    // ---- answers, followers, attendance counts

    public void answer(Long id, Long userId, RsvpAnswer answer, LocalDateTime now) {
        jdbc.sql("""
                INSERT INTO meeting_rsvp (meeting_id, user_id, answer, answered_at) VALUES (:m, :u, :a, :now)
                ON DUPLICATE KEY UPDATE answer = VALUES(answer), answered_at = VALUES(answered_at)""")
                .param("m", id).param("u", userId).param("a", answer.name()).param("now", now).update();
    }

    public Map<RsvpAnswer, Integer> answers(Long id) {
        Map<RsvpAnswer, Integer> counts = new EnumMap<>(RsvpAnswer.class);
        jdbc.sql("SELECT answer, COUNT(*) FROM meeting_rsvp WHERE meeting_id = :m GROUP BY answer").param("m", id)
                .query((rs, n) -> counts.put(RsvpAnswer.valueOf(rs.getString(1)), rs.getInt(2))).list();
        return counts;
    }

    public Optional<RsvpAnswer> answerOf(Long id, Long userId) {
        return jdbc.sql("SELECT answer FROM meeting_rsvp WHERE meeting_id = :m AND user_id = :u").param("m", id).param("u", userId)
                .query(String.class).optional().map(RsvpAnswer::valueOf);
    }

    public boolean follow(Long id, Long userId) {
        return jdbc.sql("INSERT IGNORE INTO meeting_follower (meeting_id, user_id) VALUES (:m, :u)").param("m", id).param("u", userId)
                .update() > 0;
    }

    public void unfollow(Long id, Long userId) {
        jdbc.sql("DELETE FROM meeting_follower WHERE meeting_id = :m AND user_id = :u").param("m", id).param("u", userId).update();
    }

    public boolean follows(Long id, Long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM meeting_follower WHERE meeting_id = :m AND user_id = :u").param("m", id).param("u", userId)
                .query(Integer.class).single() > 0;
    }

    public List<Long> followers(Long id) {
        return jdbc.sql("SELECT user_id FROM meeting_follower WHERE meeting_id = :m ORDER BY user_id").param("m", id).query(Long.class).list();
    }

    /** How many were signed in, and how many households they represent (walk-ins have no household). */
    public record Turnout(int signedIn, int households) {
    }

    public Turnout turnout(Long id) {
        return jdbc.sql("""
                SELECT COUNT(*) AS signed_in, COUNT(DISTINCT household_key) AS households
                FROM meeting_attendance WHERE meeting_id = :m""").param("m", id).query(Turnout.class).single();
    }

    public Map<Long, String> titles(Collection<Long> ids) {
        Map<Long, String> titles = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, title FROM meeting WHERE id IN (:ids)").param("ids", ids)
                    .query((rs, n) -> titles.put(rs.getLong(1), rs.getString(2))).list();
        }
        return titles;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
