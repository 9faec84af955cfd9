package org.gridvoice.casework;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.RoleService;
import org.gridvoice.casework.domain.CaseGlanceQueries;
import org.gridvoice.place.OfficeService;
import org.gridvoice.place.OfficeSummary;
import org.gridvoice.proposal.ProposalActivityService;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
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

    private final CaseGlanceQueries queries;
    private final OfficeService offices;
    private final RoleService roles;
    private final ProposalActivityService proposals;
    private final CurrentUser currentUser;

    CaseOverviewService(CaseGlanceQueries queries, OfficeService offices, RoleService roles, ProposalActivityService proposals,
                        CurrentUser currentUser) {
        this.queries = queries;
        this.offices = offices;
        this.roles = roles;
        this.proposals = proposals;
        this.currentUser = currentUser;
    }

    /** Resolved cases that ask the signed-in resident whether they are resolved, soonest window end first. */
    @PreAuthorize("isAuthenticated()")
    public List<CaseGlance> awaitingMyConfirmation(int limit) {
        return glances(queries.awaitingConfirmation(me(), limit));
    }

    /** The newest cases of a grid, public. */
    public List<CaseGlance> inGrid(Long gridId, int limit) {
        return glances(queries.inGrid(gridId, me(), limit));
    }

    /** The most recently resolved cases (resolved or closed since), public. */
    public List<CaseGlance> recentlyResolved(int limit) {
        return glances(queries.recentlyResolved(me(), limit));
    }

    /**
     * Cases the signed-in person follows: made from proposals they wrote or endorse, or asking them
     * to confirm; newest first, paged without a count.
     */
    @PreAuthorize("isAuthenticated()")
    public Slice<CaseGlance> mine(Pageable pageable) {
        List<CaseGlance> rows = glances(queries.followedBy(me(), proposals.involvedIds(), pageable.getPageSize() + 1L, pageable.getOffset()));
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
        Map<Long, CaseGlanceQueries.InboxRow> counts = queries.openCounts(mine).stream()
                .collect(Collectors.toMap(CaseGlanceQueries.InboxRow::officeId, Function.identity()));
        return offices.officesOf(mine).stream().sorted(Comparator.comparing(OfficeSummary::id)).map(o -> {
            CaseGlanceQueries.InboxRow r = counts.get(o.id());
            return r == null ? new InboxCount(o.id(), o.name(), 0, 0, 0, 0)
                    : new InboxCount(o.id(), o.name(), r.open(), r.fresh(), r.late(), r.escalated());
        }).toList();
    }

    private Long me() {
        return currentUser.get().map(u -> u.id()).orElse(-1L);
    }

    private List<CaseGlance> glances(List<CaseGlanceQueries.Row> rows) {
        Map<Long, String> names = rows.isEmpty() ? Map.of() : offices.officesOf(rows.stream().map(CaseGlanceQueries.Row::officeId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(OfficeSummary::id, OfficeSummary::name));
        return rows.stream().map(r -> new CaseGlance(r.id(), r.snapTitle(), r.status(), names.get(r.officeId()), r.snapGrid(), r.at(),
                r.late(), r.asksMe())).toList();
    }
}
