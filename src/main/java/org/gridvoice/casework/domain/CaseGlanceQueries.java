package org.gridvoice.casework.domain;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.gridvoice.casework.CaseStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cases at a glance in SQL, for home pages and "my activity": each list one statement, small and
 * limited in SQL. {@code me} is the reader (-1 for a visitor), to mark the cases that ask them to confirm.
 */
@Component
public class CaseGlanceQueries {

    /** A glanced case before its office is named. */
    public record Row(long id, String snapTitle, CaseStatus status, long officeId, String snapGrid, LocalDateTime at, boolean late,
                      boolean asksMe) {
    }

    /** How one office's open cases stand. */
    public record InboxRow(long officeId, long open, long fresh, long late, long escalated) {
    }

    private static final String COLUMNS = """
            c.id, c.snap_title, c.status, c.office_id, c.snap_grid, COALESCE(c.resolved_at, c.routed_at) AS at,
            c.late_at IS NOT NULL AND c.status IN ('NEW', 'ACCEPTED', 'IN_PROGRESS') AS late,
            EXISTS (SELECT 1 FROM casework_feedback f WHERE f.case_id = c.id AND f.round_no = c.feedback_round AND f.user_id = :me
                    AND f.answered_at IS NULL AND c.status = 'RESOLVED') AS asks_me""";

    private final JdbcClient jdbc;

    CaseGlanceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Resolved cases that ask {@code me} whether they are resolved, soonest window end first. */
    public List<Row> awaitingConfirmation(long me, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM casework_feedback q JOIN casework_case c ON c.id = q.case_id AND c.feedback_round = q.round_no
                WHERE q.user_id = :me AND q.answered_at IS NULL AND c.status = 'RESOLVED'
                ORDER BY c.feedback_until, c.id LIMIT :limit""").param("me", me).param("limit", limit).query(Row.class).list();
    }

    /** The newest cases of a grid. */
    public List<Row> inGrid(long gridId, long me, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM casework_case c WHERE c.grid_id = :grid ORDER BY c.routed_at DESC, c.id DESC"
                + " LIMIT :limit").param("grid", gridId).param("me", me).param("limit", limit).query(Row.class).list();
    }

    /** The most recently resolved cases (resolved or closed since). */
    public List<Row> recentlyResolved(long me, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM casework_case c WHERE c.resolved_at IS NOT NULL AND c.status IN ('RESOLVED', 'CLOSED')
                ORDER BY c.resolved_at DESC LIMIT :limit""").param("me", me).param("limit", limit).query(Row.class).list();
    }

    /** Cases made from any of {@code proposalIds}, that {@code me} filed or supported, or that asked {@code me} to confirm, newest first; up to {@code limit}. */
    public List<Row> followedBy(long me, Collection<Long> proposalIds, long limit, long offset) {
        String fromProposals = proposalIds.isEmpty() ? "" : "c.proposal_id IN (:proposals) OR ";
        var sql = jdbc.sql("SELECT " + COLUMNS + " FROM casework_case c WHERE " + fromProposals
                        + "c.id IN (SELECT case_id FROM casework_feedback WHERE user_id = :me)"
                        + " OR c.id IN (SELECT case_id FROM casework_case_backer WHERE user_id = :me) ORDER BY c.id DESC LIMIT :limit OFFSET :offset")
                .param("me", me).param("limit", limit).param("offset", offset);
        if (!proposalIds.isEmpty()) {
            sql = sql.param("proposals", proposalIds);
        }
        return sql.query(Row.class).list();
    }

    /** The open cases of each of these offices: one grouped statement over the inbox index; offices without any are left out. */
    public List<InboxRow> openCounts(Collection<Long> officeIds) {
        return jdbc.sql("""
                SELECT office_id, COUNT(*) AS open, SUM(status = 'NEW') AS fresh, SUM(late_at IS NOT NULL) AS late,
                    SUM(escalated_at IS NOT NULL) AS escalated
                FROM casework_case WHERE office_id IN (:offices) AND status IN ('NEW', 'ACCEPTED', 'IN_PROGRESS') GROUP BY office_id""")
                .param("offices", officeIds).query(InboxRow.class).list();
    }
}
