package org.gridvoice.casework;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.RoleService;
import org.gridvoice.place.OfficeService;
import org.gridvoice.place.OfficeSummary;
import org.gridvoice.proposal.ProposalActivityService;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases at a glance for home pages and "my activity": what asks the reader to confirm, what
 * happens in a grid, what was resolved lately, how an office's inbox stands. Each call is one
 * statement plus one for office names; lists are small and limited in SQL.
 */
@Service
@Transactional(readOnly = true)
public class CaseOverviewService {

    private static final String COLUMNS = """
            c.id, c.snap_title, c.status, c.office_id, c.snap_grid, COALESCE(c.resolved_at, c.routed_at) AS at,
            c.late_at IS NOT NULL AND c.status IN ('NEW', 'ACCEPTED', 'IN_PROGRESS') AS late,
            EXISTS (SELECT 1 FROM casework_feedback f WHERE f.case_id = c.id AND f.round_no = c.feedback_round AND f.user_id = :me
                    AND f.answered_at IS NULL AND c.status = 'RESOLVED') AS asks_me""";

    private final JdbcClient jdbc;
    private final OfficeService offices;
    private final RoleService roles;
    private final ProposalActivityService proposals;
    private final CurrentUser currentUser;

    CaseOverviewService(JdbcClient jdbc, OfficeService offices, RoleService roles, ProposalActivityService proposals,
                        CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.roles = roles;
        this.proposals = proposals;
        this.currentUser = currentUser;
    }

    /** Resolved cases that ask the signed-in resident whether they are resolved, soonest window end first. */
    @PreAuthorize("isAuthenticated()")
    public List<CaseGlance> awaitingMyConfirmation(int limit) {
        return glances(jdbc.sql("SELECT " + COLUMNS + """
                 FROM casework_feedback q JOIN casework_case c ON c.id = q.case_id AND c.feedback_round = q.round_no
                WHERE q.user_id = :me AND q.answered_at IS NULL AND c.status = 'RESOLVED'
                ORDER BY c.feedback_until, c.id LIMIT :limit""").param("me", me()).param("limit", limit));
    }

    /** The newest cases of a grid, public. */
    public List<CaseGlance> inGrid(Long gridId, int limit) {
        return glances(jdbc.sql("SELECT " + COLUMNS + " FROM casework_case c WHERE c.grid_id = :grid ORDER BY c.routed_at DESC, c.id DESC"
                + " LIMIT :limit").param("grid", gridId).param("me", me()).param("limit", limit));
    }

    /** The most recently resolved cases (resolved or closed since), public. */
    public List<CaseGlance> recentlyResolved(int limit) {
        return glances(jdbc.sql("SELECT " + COLUMNS + """
                 FROM casework_case c WHERE c.resolved_at IS NOT NULL AND c.status IN ('RESOLVED', 'CLOSED')
                ORDER BY c.resolved_at DESC LIMIT :limit""").param("me", me()).param("limit", limit));
    }

    /**
     * Cases the signed-in person follows: made from proposals they wrote or endorse, or asking them
     * to confirm; newest first, paged without a count.
     */
    @PreAuthorize("isAuthenticated()")
    public Slice<CaseGlance> mine(Pageable pageable) {
        List<Long> involved = proposals.involvedIds();
        String fromProposals = involved.isEmpty() ? "" : "c.proposal_id IN (:proposals) OR ";
        var sql = jdbc.sql("SELECT " + COLUMNS + " FROM casework_case c WHERE " + fromProposals
                        + "c.id IN (SELECT case_id FROM casework_feedback WHERE user_id = :me) ORDER BY c.id DESC LIMIT :limit OFFSET :offset")
                .param("me", me()).param("limit", pageable.getPageSize() + 1).param("offset", pageable.getOffset());
        if (!involved.isEmpty()) {
            sql = sql.param("proposals", involved);
        }
        List<CaseGlance> rows = glances(sql);
        boolean more = rows.size() > pageable.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, pageable.getPageSize()) : rows, pageable, more);
    }

    /** The inbox of each office the signed-in officer works in: one grouped statement over the inbox index. */
    @PreAuthorize("hasAnyRole('OFFICER', 'OFFICE_LEAD')")
    public List<InboxCount> myInboxes() {
        Set<Long> mine = roles.officesOf(currentUser.requireId());
        if (mine.isEmpty()) {
            return List.of();
        }
        record Row(long officeId, long open, long fresh, long late, long escalated) {
        }
        Map<Long, Row> counts = jdbc.sql("""
                SELECT office_id, COUNT(*) AS open, SUM(status = 'NEW') AS fresh, SUM(late_at IS NOT NULL) AS late,
                    SUM(escalated_at IS NOT NULL) AS escalated
                FROM casework_case WHERE office_id IN (:offices) AND status IN ('NEW', 'ACCEPTED', 'IN_PROGRESS') GROUP BY office_id""")
                .param("offices", mine).query(Row.class).list().stream().collect(Collectors.toMap(Row::officeId, r -> r));
        return offices.officesOf(mine).stream().sorted(java.util.Comparator.comparing(OfficeSummary::id)).map(o -> {
            Row r = counts.get(o.id());
            return r == null ? new InboxCount(o.id(), o.name(), 0, 0, 0, 0)
                    : new InboxCount(o.id(), o.name(), r.open(), r.fresh(), r.late(), r.escalated());
        }).toList();
    }

    private Long me() {
        return currentUser.get().map(u -> u.id()).orElse(-1L);
    }

    private List<CaseGlance> glances(JdbcClient.StatementSpec statement) {
        record Row(long id, String snapTitle, String status, long officeId, String snapGrid, LocalDateTime at, boolean late, boolean asksMe) {
        }
        List<Row> rows = statement.query(Row.class).list();
        Map<Long, String> names = rows.isEmpty() ? Map.of() : offices.officesOf(rows.stream().map(Row::officeId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(OfficeSummary::id, OfficeSummary::name));
        return rows.stream().map(r -> new CaseGlance(r.id(), r.snapTitle(), CaseStatus.valueOf(r.status()), names.get(r.officeId()),
                r.snapGrid(), r.at(), r.late(), r.asksMe())).toList();
    }
}
