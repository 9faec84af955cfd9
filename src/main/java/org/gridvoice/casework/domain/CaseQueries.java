package org.gridvoice.casework.domain;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridvoice.casework.CaseEventKind;
import org.gridvoice.casework.CaseFilter;
import org.gridvoice.casework.CaseSnapshot;
import org.gridvoice.casework.MeetingLine;
import org.gridvoice.casework.CaseSource;
import org.gridvoice.casework.CaseStatus;
import org.gridvoice.casework.Confirmation;
import org.gridvoice.casework.Resolution;
import org.gridvoice.casework.Satisfaction;
import org.gridvoice.casework.SnapshotComment;
import org.gridvoice.casework.VoteLine;
import org.gridvoice.discussion.Stance;
import org.gridvoice.shared.GeoPoint;
import org.gridvoice.voting.VotingMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reading cases in SQL: the paged lists (an office's inbox, the public list) and a case page's rows. */
@Component
public class CaseQueries {

    /** A row of a case list, before office names are added. */
    public record ListRow(long id, String snapTitle, CaseStatus status, long officeId, long categoryId, String snapCategoryZh,
                          String snapCategoryEn, long gridId, String snapGrid, LocalDateTime responseDueAt, LocalDateTime resolutionDueAt,
                          boolean late, boolean escalated, boolean atCoordinator, int hops, LocalDateTime routedAt, boolean coHandling,
                          CaseSource source) {
    }

    /** A case row for its page, with its snapshot read into records. */
    public record PageRow(Long proposalId, Long consultationId, CaseStatus status, long officeId, boolean fallback, Long responsibilityVersionId, int hops,
                          boolean atCoordinator, boolean assignedForGood, LocalDateTime responseDueAt, LocalDateTime resolutionDueAt,
                          LocalDateTime acceptedAt, LocalDateTime expectedAt, LocalDateTime resolvedAt, LocalDateTime closedAt,
                          LocalDateTime lateAt, LocalDateTime escalatedAt, LocalDateTime feedbackUntil, Long routedBy, LocalDateTime routedAt,
                          String routeNote, String officeSummary, CaseSnapshot snapshot) {
    }

    /** A timeline entry (its row's {@code id}, photos attach to it) with ids still to be named; {@code confirmation} only on a resident's answers. */
    public record EventRow(long id, LocalDateTime at, CaseEventKind kind, Long actorId, Long officeId, Long toOfficeId, String note, boolean internal,
                           Confirmation confirmation) {
    }

    private final JdbcClient jdbc;

    CaseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Cases matching {@code scope} (an SQL condition on casework_case) and the filter, most urgent first, one page. */
    public List<ListRow> list(String scope, Map<String, Object> scopeParams, CaseFilter filter, long limit, long offset,
                              String coHandling) {
        Map<String, Object> params = new HashMap<>(scopeParams);
        String where = where(scope, filter, params);
        return jdbc.sql("""
                SELECT id, snap_title, status, office_id, category_id, snap_category_zh, snap_category_en, grid_id, snap_grid,
                    response_due_at, resolution_due_at, late_at IS NOT NULL AS late, escalated_at IS NOT NULL AS escalated, at_coordinator,
                    hops, routed_at, source,\s""" + coHandling + " AS co_handling FROM casework_case WHERE " + where + """
                 ORDER BY FIELD(status, 'NEW', 'ACCEPTED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'),
                    CASE WHEN status = 'NEW' THEN response_due_at ELSE resolution_due_at END, id
                LIMIT :limit OFFSET :offset""")
                .params(params).param("limit", limit).param("offset", offset).query(ListRow.class).list();
    }

    /** How many cases {@link #list} pages through. */
    public long count(String scope, Map<String, Object> scopeParams, CaseFilter filter) {
        Map<String, Object> params = new HashMap<>(scopeParams);
        return jdbc.sql("SELECT COUNT(*) FROM casework_case WHERE " + where(scope, filter, params)).params(params).query(Long.class).single();
    }

    private static String where(String scope, CaseFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(scope);
        if (filter.status() != null) {
            where.append(" AND status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.categoryId() != null) {
            where.append(" AND category_id = :category");
            params.put("category", filter.categoryId());
        }
        if (filter.gridId() != null) {
            where.append(" AND grid_id = :grid");
            params.put("grid", filter.gridId());
        }
        if (filter.source() != null) {
            where.append(" AND source = :source");
            params.put("source", filter.source().name());
        }
        if (filter.overdueOnly()) {
            where.append(" AND late_at IS NOT NULL AND status IN ('NEW', 'ACCEPTED', 'IN_PROGRESS')");
        }
        return where.toString();
    }

    public Optional<PageRow> page(long caseId) {
        return jdbc.sql("SELECT * FROM casework_case WHERE id = :id").param("id", caseId).query((rs, n) -> new PageRow(
                rs.getObject("proposal_id", Long.class), rs.getObject("consultation_id", Long.class), CaseStatus.valueOf(rs.getString("status")), rs.getLong("office_id"),
                rs.getBoolean("fallback"), rs.getObject("responsibility_version_id", Long.class), rs.getInt("hops"), rs.getBoolean("at_coordinator"),
                rs.getBoolean("assigned_for_good"), at(rs, "response_due_at"), at(rs, "resolution_due_at"), at(rs, "accepted_at"),
                at(rs, "expected_at"), at(rs, "resolved_at"), at(rs, "closed_at"), at(rs, "late_at"), at(rs, "escalated_at"),
                at(rs, "feedback_until"), rs.getObject("routed_by", Long.class), at(rs, "routed_at"), rs.getString("route_note"),
                rs.getString("office_summary"),
                new CaseSnapshot(rs.getString("snap_title"), rs.getString("snap_body_html"), rs.getString("snap_author"),
                        rs.getString("snap_category_zh"), rs.getString("snap_category_en"), rs.getString("snap_grid"),
                        rs.getString("snap_place"), rs.getInt("snap_endorsements"), rs.getString("snap_consultation"), vote(rs),
                        comments(caseId), CaseSource.valueOf(rs.getString("source")), rs.getBoolean("snap_author_shown"),
                        GeoPoint.ofNullable(rs.getBigDecimal("snap_latitude"), rs.getBigDecimal("snap_longitude")), meeting(rs)))).optional();
    }

    // a proposal decided at a residents' meeting keeps the meeting's record instead of a vote line
    private static MeetingLine meeting(java.sql.ResultSet rs) throws java.sql.SQLException {
        Long id = rs.getObject("snap_meeting_id", Long.class);
        return id == null ? null : new MeetingLine(id, rs.getString("snap_meeting_title"), rs.getString("snap_meeting_kind"),
                at(rs, "snap_meeting_at"), rs.getInt("snap_meeting_present"), rs.getString("snap_meeting_method"),
                rs.getObject("snap_meeting_for", Integer.class), rs.getObject("snap_meeting_against", Integer.class),
                rs.getObject("snap_meeting_abstain", Integer.class), rs.getString("snap_meeting_consensus_html"));
    }

    // a request's case was decided by nobody: no vote line
    private static VoteLine vote(java.sql.ResultSet rs) throws java.sql.SQLException {
        String method = rs.getString("snap_vote_method");
        return method == null ? null : new VoteLine(VotingMethod.valueOf(method), rs.getInt("snap_vote_yes"), rs.getInt("snap_vote_no"),
                rs.getInt("snap_vote_abstentions"), rs.getInt("snap_vote_approvals"), rs.getInt("snap_vote_turnout"),
                rs.getInt("snap_vote_electorate"), rs.getBoolean("snap_vote_accepted"));
    }

    private static LocalDateTime at(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        return rs.getObject(column, LocalDateTime.class);
    }

    /** The snapshot's comments in the order they were taken. */
    public List<SnapshotComment> comments(long caseId) {
        return jdbc.sql("SELECT stance, author, body_html, upvotes FROM casework_snapshot_comment WHERE case_id = :c ORDER BY position")
                .param("c", caseId).query((rs, n) -> new SnapshotComment(Stance.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getInt(4))).list();
    }

    /** The timeline, oldest first; internal notes only when {@code withInternal}. */
    public List<EventRow> events(long caseId, boolean withInternal) {
        return jdbc.sql("""
                SELECT e.id, e.at, e.kind, e.actor_id, e.office_id, e.to_office_id, e.note, e.internal, f.resolution, f.satisfaction
                FROM casework_event e LEFT JOIN casework_confirmation f ON f.event_id = e.id
                WHERE e.case_id = :c""" + (withInternal ? "" : " AND e.internal = FALSE") + " ORDER BY e.at, e.id")
                .param("c", caseId).query((rs, n) -> new EventRow(rs.getLong("id"), at(rs, "at"), CaseEventKind.valueOf(rs.getString("kind")),
                        rs.getObject("actor_id", Long.class), rs.getObject("office_id", Long.class), rs.getObject("to_office_id", Long.class),
                        rs.getString("note"), rs.getBoolean("internal"), rs.getString("resolution") == null ? null
                        : new Confirmation(Resolution.valueOf(rs.getString("resolution")), Satisfaction.valueOf(rs.getString("satisfaction")),
                        rs.getString("note")))).list();
    }

    public Optional<Long> caseOfProposal(long proposalId) {
        return jdbc.sql("SELECT id FROM casework_case WHERE proposal_id = :p").param("p", proposalId).query(Long.class).optional();
    }

    public Optional<Long> consultationOf(long caseId) {
        return jdbc.sql("SELECT consultation_id FROM casework_case WHERE id = :id").param("id", caseId).query(Long.class).optional();
    }

    /** A funded project's case: its budget and status; empty for any other case. */
    public record BudgetRow(long budgetYuan, CaseStatus status) {
    }

    public Optional<BudgetRow> budget(long caseId) {
        return jdbc.sql("SELECT budget_yuan, status FROM casework_case WHERE id = :c AND budget_yuan IS NOT NULL").param("c", caseId)
                .query((rs, n) -> new BudgetRow(rs.getLong(1), CaseStatus.valueOf(rs.getString(2)))).optional();
    }

    /** One progress row of a funded project's case: a milestone (PROGRESS) or a resolution with its spend (RESOLVED). */
    public record ProgressRow(CaseEventKind kind, LocalDateTime at, Long officeId, String title, int percent, java.time.LocalDate reachedOn,
                              Long spentYuan) {
    }

    /** The case's progress rows, newest first, in one query. */
    public List<ProgressRow> progress(long caseId) {
        return jdbc.sql("""
                SELECT e.kind, e.at, e.office_id, e.note, p.percent, p.reached_on, p.spent_yuan
                FROM casework_event e JOIN casework_progress p ON p.event_id = e.id
                WHERE e.case_id = :c ORDER BY e.id DESC""")
                .param("c", caseId).query((rs, n) -> new ProgressRow(CaseEventKind.valueOf(rs.getString(1)), at(rs, "at"),
                        rs.getObject(3, Long.class), rs.getString(4), rs.getInt(5), rs.getObject(6, java.time.LocalDate.class),
                        rs.getObject(7, Long.class))).list();
    }
}
