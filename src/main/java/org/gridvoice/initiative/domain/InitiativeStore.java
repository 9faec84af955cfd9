package org.gridvoice.initiative.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.gridvoice.initiative.InitiativeStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The initiatives and their signatures in SQL; every list is paged in the database. */
@Component
public class InitiativeStore {

    private final JdbcClient jdbc;

    InitiativeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(Long id, Long communityId, String title, String bodyHtml, Long openedBy, LocalDateTime openedAt, String status,
                      int signers, int households, LocalDateTime thresholdMetAt, LocalDateTime deadlineAt, LocalDateTime escalatedAt,
                      Long meetingId, LocalDateTime meetingStartsAt) {

        public InitiativeStatus state() {
            return InitiativeStatus.valueOf(status);
        }
    }

    public record SignatureRow(Long userId, LocalDateTime signedAt) {
    }

    private static final String SELECT = """
            SELECT id, community_id, title, body_html, opened_by, opened_at, status, signers, households, threshold_met_at,
                   deadline_at, escalated_at, meeting_id, meeting_starts_at FROM initiative""";

    public long insert(Long communityId, String title, String markdown, String html, Long openedBy, LocalDateTime now) {
        return jdbc.sql("""
                INSERT INTO initiative (community_id, title, body_markdown, body_html, opened_by, opened_at, status)
                VALUES (:c, :t, :m, :h, :u, :now, 'OPEN') RETURNING id""")
                .param("c", communityId).param("t", title).param("m", markdown).param("h", html).param("u", openedBy).param("now", now)
                .query(Long.class).single();
    }

    public Optional<Row> find(Long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(Row.class).optional();
    }

    /** The initiative, its row locked for the rest of the transaction: signatures are counted under it. */
    public Optional<Row> lock(Long id) {
        return jdbc.sql(SELECT + " WHERE id = :id FOR UPDATE").param("id", id).query(Row.class).optional();
    }

    public List<Row> page(InitiativeStatus status, long offset, int limit) {
        return jdbc.sql(SELECT + " WHERE (:s IS NULL OR status = :s) ORDER BY opened_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("s", status == null ? null : status.name()).param("limit", limit).param("offset", offset).query(Row.class).list();
    }

    public long count(InitiativeStatus status) {
        return jdbc.sql("SELECT COUNT(*) FROM initiative WHERE (:s IS NULL OR status = :s)")
                .param("s", status == null ? null : status.name()).query(Long.class).single();
    }

    public boolean signed(Long id, Long userId) {
        return userId != null && jdbc.sql("SELECT COUNT(*) FROM initiative_signature WHERE initiative_id = :i AND user_id = :u")
                .param("i", id).param("u", userId).query(Long.class).single() > 0;
    }

    public void addSignature(Long id, Long userId, String householdKey, LocalDateTime now) {
        jdbc.sql("INSERT INTO initiative_signature (initiative_id, user_id, household_key, signed_at) VALUES (:i, :u, :k, :now)")
                .param("i", id).param("u", userId).param("k", householdKey).param("now", now).update();
    }

    public int removeSignature(Long id, Long userId) {
        return jdbc.sql("DELETE FROM initiative_signature WHERE initiative_id = :i AND user_id = :u").param("i", id).param("u", userId).update();
    }

    public record Counts(int signers, int households) {
    }

    /** Counts the signatures and their distinct households again and keeps them on the initiative. */
    public Counts recount(Long id) {
        Counts counts = jdbc.sql("""
                SELECT COUNT(*) AS signers, COUNT(DISTINCT household_key) AS households FROM initiative_signature WHERE initiative_id = :i""")
                .param("i", id).query(Counts.class).single();
        jdbc.sql("UPDATE initiative SET signers = :s, households = :h WHERE id = :i")
                .param("s", counts.signers()).param("h", counts.households()).param("i", id).update();
        return counts;
    }

    public void markMet(Long id, LocalDateTime at, LocalDateTime deadline) {
        jdbc.sql("UPDATE initiative SET status = 'THRESHOLD_MET', threshold_met_at = :at, deadline_at = :d WHERE id = :i AND status = 'OPEN'")
                .param("at", at).param("d", deadline).param("i", id).update();
    }

    /** Ids of initiatives whose deadline passed before {@code now} with no meeting scheduled and not yet escalated. */
    public List<Long> overdue(LocalDateTime now) {
        return jdbc.sql("SELECT id FROM initiative WHERE status = 'THRESHOLD_MET' AND deadline_at < :now ORDER BY deadline_at, id")
                .param("now", now).query(Long.class).list();
    }

    /** Marks it escalated unless it already is, or got its meeting meanwhile; true when this call did. */
    public boolean escalate(Long id, LocalDateTime now) {
        return jdbc.sql("""
                UPDATE initiative SET status = 'ESCALATED', escalated_at = :now
                WHERE id = :i AND status = 'THRESHOLD_MET' AND escalated_at IS NULL AND deadline_at < :now""")
                .param("now", now).param("i", id).update() == 1;
    }

    public void schedule(Long id, Long meetingId, LocalDateTime startsAt, LocalDateTime now) {
        jdbc.sql("""
                UPDATE initiative SET status = 'SCHEDULED', meeting_id = :m, meeting_starts_at = :s, scheduled_at = :now WHERE id = :i""")
                .param("m", meetingId).param("s", startsAt).param("now", now).param("i", id).update();
    }

    /** The meeting took the initiative off its agenda: back to where it stood before. */
    public void unschedule(Long id) {
        jdbc.sql("""
                UPDATE initiative SET status = CASE WHEN escalated_at IS NOT NULL THEN 'ESCALATED'
                        WHEN threshold_met_at IS NOT NULL THEN 'THRESHOLD_MET' ELSE 'OPEN' END,
                    meeting_id = NULL, meeting_starts_at = NULL, scheduled_at = NULL WHERE id = :i""").param("i", id).update();
    }

    /** Initiatives of the community on the agenda of this meeting now. */
    public List<Long> scheduledAt(Long meetingId) {
        return jdbc.sql("SELECT id FROM initiative WHERE meeting_id = :m AND status = 'SCHEDULED'").param("m", meetingId).query(Long.class).list();
    }

    public List<SignatureRow> signatures(Long id, long offset, int limit) {
        return jdbc.sql("""
                SELECT user_id, signed_at FROM initiative_signature WHERE initiative_id = :i ORDER BY signed_at, user_id
                LIMIT :limit OFFSET :offset""").param("i", id).param("limit", limit).param("offset", offset).query(SignatureRow.class).list();
    }
}
