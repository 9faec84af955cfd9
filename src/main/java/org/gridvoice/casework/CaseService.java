package org.gridvoice.casework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridvoice.account.AccountService;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.RoleService;
import org.gridvoice.casework.domain.CaseStore;
import org.gridvoice.consultation.ConsultationDetails;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.discussion.CommentView;
import org.gridvoice.discussion.DiscussionService;
import org.gridvoice.discussion.Stance;
import org.gridvoice.place.CategoryService;
import org.gridvoice.place.CategorySummary;
import org.gridvoice.place.GridSummary;
import org.gridvoice.place.OfficeService;
import org.gridvoice.place.OfficeSummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.proposal.ProposalDetails;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.proposal.ProposalSummary;
import org.gridvoice.responsibility.ResponsibilityService;
import org.gridvoice.responsibility.Routing;
import org.gridvoice.shared.ContentRef;
import org.gridvoice.shared.validation.InputValidator;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.voting.ResultLine;
import org.gridvoice.voting.ResultService;
import org.gridvoice.voting.VotingResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routing accepted proposals into cases, and reading cases. Routing takes an immutable snapshot of
 * what residents wrote and decided, and sends the case where the responsibility list says.
 * Everyone may read a case; internal notes only its office and the coordinator.
 */
@Service
@Transactional(readOnly = true)
public class CaseService {

    private static final int SNAPSHOT_COMMENTS = 3;

    private final JdbcClient jdbc;
    private final CaseStore store;
    private final CaseAccess access;
    private final ResponsibilityService responsibilities;
    private final FeedbackService feedback;
    private final ConsultationService consultations;
    private final ProposalService proposals;
    private final ResultService results;
    private final DiscussionService discussion;
    private final PlaceService places;
    private final OfficeService offices;
    private final CategoryService categories;
    private final AccountService accounts;
    private final RoleService roles;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseService(JdbcClient jdbc, CaseStore store, CaseAccess access, ResponsibilityService responsibilities, FeedbackService feedback,
                ConsultationService consultations, ProposalService proposals, ResultService results, DiscussionService discussion,
                PlaceService places, OfficeService offices, CategoryService categories, AccountService accounts, RoleService roles,
                CurrentUser currentUser, InputValidator validator, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.access = access;
        this.responsibilities = responsibilities;
        this.feedback = feedback;
        this.consultations = consultations;
        this.proposals = proposals;
        this.results = results;
        this.discussion = discussion;
        this.places = places;
        this.offices = offices;
        this.categories = categories;
        this.accounts = accounts;
        this.roles = roles;
        this.currentUser = currentUser;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    /** The accepted proposals of a closed consultation, each with its case once routed (its committee only). */
    @PreAuthorize("hasRole('COMMITTEE')")
    public List<RoutableProposal> routable(Long consultationId) {
        requireCommittee(consultationId);
        List<Long> accepted = accepted(consultationId);
        record Routed(long proposalId, long id, long officeId) {
        }
        Map<Long, Routed> routed = new HashMap<>();
        if (!accepted.isEmpty()) {
            jdbc.sql("SELECT proposal_id, id, office_id FROM casework_case WHERE proposal_id IN (:ids)").param("ids", accepted)
                    .query(Routed.class).list().forEach(r -> routed.put(r.proposalId(), r));
        }
        Map<Long, String> officeNames = offices.officesOf(routed.values().stream().map(Routed::officeId).toList()).stream()
                .collect(Collectors.toMap(OfficeSummary::id, OfficeSummary::name));
        LocalDateTime now = LocalDateTime.now(clock);
        return proposals.summariesOf(accepted).stream().map(p -> {
            Routed r = routed.get(p.id());
            return new RoutableProposal(p.id(), p.title(), p.gridName(), r == null ? null : r.id(),
                    r == null ? null : officeNames.get(r.officeId()), r == null ? preview(p, now) : null);
        }).toList();
    }

    /** What routing the proposal now would do, as {@link #route} does it; null when the street has no default office. */
    private RoutePreview preview(ProposalSummary proposal, LocalDateTime now) {
        Routing routing;
        try {
            routing = responsibilities.route(proposal.categoryId(), proposal.gridId(), now);
        } catch (InvalidInput noOffice) {
            return null;
        }
        Set<Long> ids = new HashSet<>(routing.coOfficeIds());
        ids.add(routing.officeId());
        Map<Long, String> names = offices.officesOf(ids).stream().collect(Collectors.toMap(OfficeSummary::id, OfficeSummary::name));
        return new RoutePreview(names.get(routing.officeId()), routing.coOfficeIds().stream().sorted().map(names::get).toList(),
                routing.responseHours(), routing.resolutionDays(), now.plusHours(routing.responseHours()),
                now.plusDays(routing.resolutionDays()), routing.fallback());
    }

    /** Routes one accepted proposal into a case; returns the case id. */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public Long route(Long proposalId, RouteForm form) {
        validator.check(form == null ? new RouteForm(null) : form);
        ProposalSummary summary = proposals.summaryOf(proposalId);
        Long me = requireCommittee(summary.consultationId());
        VotingResult result = results.result(summary.consultationId()).orElseThrow(() -> InvalidInput.of(null, "casework.error.not-accepted"));
        ResultLine line = result.lines().stream().filter(l -> l.proposalId().equals(proposalId) && l.accepted()).findFirst()
                .orElseThrow(() -> InvalidInput.of(null, "casework.error.not-accepted"));
        LocalDateTime now = LocalDateTime.now(clock);
        Routing routing = responsibilities.route(summary.categoryId(), summary.gridId(), now);
        ProposalDetails details = proposals.details(proposalId);
        ConsultationDetails consultation = consultations.details(summary.consultationId());
        GridSummary grid = places.grid(summary.gridId()).orElseThrow();
        Long street = places.community(grid.communityId()).orElseThrow().streetId();
        CategorySummary category = categories.activeCategories().stream().filter(c -> c.id().equals(summary.categoryId())).findFirst()
                .orElse(new CategorySummary(summary.categoryId(), "", "", "", 0, true));
        String vote = String.join(";", result.method().name(), String.valueOf(line.yes()), String.valueOf(line.no()),
                String.valueOf(line.abstentions()), String.valueOf(line.approvals()), String.valueOf(result.turnout()),
                String.valueOf(result.electorate()), String.valueOf(line.accepted()));
        String note = form == null || form.note() == null || form.note().isBlank() ? null : form.note().strip();
        Long caseId;
        try {
            caseId = jdbc.sql("""
                    INSERT INTO casework_case (proposal_id, consultation_id, street_id, community_id, grid_id, category_id, status, office_id,
                        duty_id, fallback, response_hours, response_due_at, resolution_due_at, routed_by, routed_at, route_note,
                        snap_title, snap_body, snap_body_html, snap_author, snap_category_zh, snap_category_en, snap_grid, snap_place,
                        snap_endorsements, snap_consultation, snap_vote)
                    VALUES (:p, :c, :street, :community, :grid, :category, 'NEW', :office, :duty, :fallback, :rh, :rdue, :sdue, :by, :now,
                        :note, :title, :body, :html, :author, :catZh, :catEn, :gridName, :place, :endorsements, :consultation, :vote)
                    RETURNING id""")
                    .param("p", proposalId).param("c", summary.consultationId()).param("street", street).param("community", grid.communityId())
                    .param("grid", grid.id()).param("category", summary.categoryId()).param("office", routing.officeId())
                    .param("duty", routing.responsibilityId()).param("fallback", routing.fallback()).param("rh", routing.responseHours())
                    .param("rdue", now.plusHours(routing.responseHours())).param("sdue", now.plusDays(routing.resolutionDays()))
                    .param("by", me).param("now", now).param("note", note).param("title", summary.title()).param("body", details.body())
                    .param("html", details.bodyHtml()).param("author", summary.authorName()).param("catZh", category.nameZh())
                    .param("catEn", category.nameEn()).param("gridName", grid.fullName()).param("place", details.placeText())
                    .param("endorsements", summary.endorsementCount()).param("consultation", consultation.title()).param("vote", vote)
                    .query(Long.class).single();
        } catch (DuplicateKeyException routedAlready) {
            throw InvalidInput.of(null, "casework.error.routed");
        }
        for (Long co : routing.coOfficeIds()) {
            jdbc.sql("INSERT INTO casework_case_co_office (case_id, office_id) VALUES (:c, :o)").param("c", caseId).param("o", co).update();
        }
        int position = 0;
        for (Stance stance : List.of(Stance.FOR, Stance.AGAINST)) {
            for (CommentView comment : discussion.mostEndorsed(new ContentRef(ContentRef.PROPOSAL, proposalId), stance, SNAPSHOT_COMMENTS)) {
                jdbc.sql("""
                        INSERT INTO casework_snapshot_comment (case_id, position, stance, author, body_html, upvotes)
                        VALUES (:c, :pos, :stance, :author, :html, :up)""")
                        .param("c", caseId).param("pos", position++).param("stance", stance.name())
                        .param("author", Objects.requireNonNullElse(comment.authorName(), "")).param("html", comment.bodyHtml())
                        .param("up", comment.upvotes()).update();
            }
        }
        store.event(caseId, now, CaseEventKind.ROUTED, me, null, routing.officeId(), note, false);
        events.publishEvent(new CaseChanged(caseId, CaseEventKind.ROUTED, routing.officeId(), summary.title(), false));
        return caseId;
    }

    /** Routes every accepted proposal of the consultation not routed yet; returns how many cases were made. */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public int routeAll(Long consultationId, RouteForm form) {
        int made = 0;
        for (RoutableProposal p : routable(consultationId)) {
            if (p.caseId() == null) {
                route(p.proposalId(), form);
                made++;
            }
        }
        return made;
    }

    /**
     * An office's inbox, filtered and sorted by due time in the database; staff of that office only.
     * It holds the cases the office leads and those it co-handles (协办), marked {@code coHandling}.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'OFFICE_LEAD')")
    public Page<CaseSummary> inbox(CaseFilter filter, Pageable pageable) {
        if (filter.officeId() == null || !access.myOffices().contains(filter.officeId())) {
            throw new AccessDeniedException("not staff of office " + filter.officeId());
        }
        String coHandled = "id IN (SELECT case_id FROM casework_case_co_office WHERE office_id = :office)";
        String scope = filter.coHandling() == null ? "(office_id = :office OR " + coHandled + ")"
                : filter.coHandling() ? "office_id <> :office AND " + coHandled : "office_id = :office";
        return cases(scope, Map.of("office", filter.officeId()), filter, pageable, true);
    }

    /** All cases, newest first, for the public list; optionally of one consultation. */
    public Page<CaseSummary> publicCases(Long consultationId, Pageable pageable) {
        return consultationId == null ? cases("1 = 1", Map.of(), new CaseFilter(null, null, null, null, false), pageable, false)
                : cases("consultation_id = :consultation", Map.of("consultation", consultationId), new CaseFilter(null, null, null, null, false),
                pageable, false);
    }

    private Page<CaseSummary> cases(String scope, Map<String, Object> scopeParams, CaseFilter filter, Pageable pageable, boolean inbox) {
        StringBuilder where = new StringBuilder(scope);
        Map<String, Object> params = new HashMap<>(scopeParams);
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
        if (filter.overdueOnly()) {
            where.append(" AND late_at IS NOT NULL AND status IN ('NEW', 'ACCEPTED', 'IN_PROGRESS')");
        }
        record Row(long id, String snapTitle, String status, long officeId, long categoryId, String snapCategoryZh, String snapCategoryEn,
                   long gridId, String snapGrid, LocalDateTime responseDueAt, LocalDateTime resolutionDueAt, LocalDateTime lateAt,
                   LocalDateTime escalatedAt, boolean atCoordinator, int hops, LocalDateTime routedAt, boolean coHandling) {
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM casework_case WHERE " + where).params(params).query(Long.class).single();
        List<Row> rows = jdbc.sql("""
                SELECT id, snap_title, status, office_id, category_id, snap_category_zh, snap_category_en, grid_id, snap_grid,
                    response_due_at, resolution_due_at, late_at, escalated_at, at_coordinator, hops, routed_at,\s""" + (inbox
                ? "office_id <> :office" : "FALSE") + " AS co_handling FROM casework_case WHERE " + where + """
                 ORDER BY FIELD(status, 'NEW', 'ACCEPTED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'),
                    CASE WHEN status = 'NEW' THEN response_due_at ELSE resolution_due_at END, id
                LIMIT :limit OFFSET :offset""")
                .params(params).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset()).query(Row.class).list();
        Map<Long, String> officeNames = offices.officesOf(rows.stream().map(Row::officeId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(OfficeSummary::id, OfficeSummary::name));
        return new PageImpl<>(rows.stream().map(r -> new CaseSummary(r.id(), r.snapTitle(), CaseStatus.valueOf(r.status()), r.officeId(),
                officeNames.get(r.officeId()), r.categoryId(), r.snapCategoryZh(), r.snapCategoryEn(), r.gridId(), r.snapGrid(),
                r.responseDueAt(), r.resolutionDueAt(), r.lateAt() != null, r.escalatedAt() != null, r.atCoordinator(), r.hops(),
                r.routedAt(), r.coHandling())).toList(), pageable, total);
    }

    /** The public case page; internal notes are left out unless the reader works the case or coordinates. */
    public CaseDetails details(Long caseId) {
        CaseStore.State state = store.state(caseId).orElseThrow(CaseWorkflow::notFound);
        boolean internal = access.seesInternal(state);
        record Row(long proposalId, long consultationId, String status, long officeId, boolean fallback, Long dutyId, int hops,
                   boolean atCoordinator, boolean assignedForGood, LocalDateTime responseDueAt, LocalDateTime resolutionDueAt,
                   LocalDateTime acceptedAt, LocalDateTime expectedAt, LocalDateTime resolvedAt, LocalDateTime closedAt, LocalDateTime lateAt,
                   LocalDateTime escalatedAt, LocalDateTime feedbackUntil, long routedBy, LocalDateTime routedAt, String routeNote,
                   String officeSummary, String snapTitle, String snapBodyHtml, String snapAuthor, String snapCategoryZh,
                   String snapCategoryEn, String snapGrid, String snapPlace, int snapEndorsements, String snapConsultation,
                   String snapVote) {
        }
        Row r = jdbc.sql("SELECT * FROM casework_case WHERE id = :id").param("id", caseId).query(Row.class).single();
        record EventRow(LocalDateTime at, String kind, Long actorId, Long officeId, Long toOfficeId, String note, boolean internal) {
        }
        List<EventRow> eventRows = jdbc.sql("SELECT at, kind, actor_id, office_id, to_office_id, note, internal FROM casework_event"
                        + " WHERE case_id = :c" + (internal ? "" : " AND internal = FALSE") + " ORDER BY at, id")
                .param("c", caseId).query(EventRow.class).list();
        List<Long> co = jdbc.sql("SELECT office_id FROM casework_case_co_office WHERE case_id = :c").param("c", caseId).query(Long.class).list();
        Set<Long> officeIds = new HashSet<>(co);
        officeIds.add(r.officeId());
        eventRows.forEach(e -> {
            if (e.officeId() != null) {
                officeIds.add(e.officeId());
            }
            if (e.toOfficeId() != null) {
                officeIds.add(e.toOfficeId());
            }
        });
        Map<Long, String> officeNames = offices.officesOf(officeIds).stream().collect(Collectors.toMap(OfficeSummary::id, OfficeSummary::name));
        Set<Long> people = new HashSet<>();
        people.add(r.routedBy());
        eventRows.stream().map(EventRow::actorId).filter(Objects::nonNull).forEach(people::add);
        Map<Long, String> names = accounts.displayNames(people);
        List<CaseEvent> timeline = eventRows.stream().map(e -> new CaseEvent(e.at(), CaseEventKind.valueOf(e.kind()),
                e.actorId() == null ? null : names.get(e.actorId()), e.officeId() == null ? null : officeNames.get(e.officeId()),
                e.toOfficeId() == null ? null : officeNames.get(e.toOfficeId()), e.note(), e.internal())).toList();
        List<SnapshotComment> comments = jdbc.sql("SELECT stance, author, body_html, upvotes FROM casework_snapshot_comment"
                + " WHERE case_id = :c ORDER BY position").param("c", caseId).query(SnapshotComment.class).list();
        CaseStatus status = CaseStatus.valueOf(r.status());
        boolean staff = access.isOwnerStaff(state);
        boolean lead = access.isOwnerLead(state);
        boolean coordinator = access.isCoordinator(state);
        CaseActions actions = new CaseActions(
                staff && status == CaseStatus.NEW && !r.atCoordinator(),
                access.mayUpdate(state) && (status == CaseStatus.ACCEPTED || status == CaseStatus.IN_PROGRESS),
                staff && (status == CaseStatus.ACCEPTED || status == CaseStatus.IN_PROGRESS),
                lead && status.open() && !r.assignedForGood() && !r.atCoordinator(),
                lead && status.open() && !r.atCoordinator(),
                coordinator && status.open() && r.atCoordinator(),
                internal, internal, feedback.awaitsMyAnswer(caseId), access.myCoOffice(state).isPresent());
        return new CaseDetails(caseId, r.proposalId(), r.consultationId(), r.snapConsultation(), status, r.officeId(),
                officeNames.get(r.officeId()), co.stream().map(officeNames::get).toList(), r.fallback(), r.dutyId(), r.hops(),
                r.atCoordinator(), r.assignedForGood(), r.responseDueAt(), r.resolutionDueAt(), r.acceptedAt(), r.expectedAt(),
                r.resolvedAt(), r.closedAt(), r.lateAt(), r.escalatedAt(), r.feedbackUntil(), names.get(r.routedBy()), r.routedAt(),
                r.routeNote(), r.officeSummary(), r.snapTitle(), r.snapBodyHtml(), r.snapAuthor(), r.snapCategoryZh(), r.snapCategoryEn(),
                r.snapGrid(), r.snapPlace(), r.snapEndorsements(), r.snapVote(), comments, timeline, actions);
    }

    /** The case made from a proposal, if it has been routed. */
    public Optional<Long> caseOfProposal(Long proposalId) {
        return jdbc.sql("SELECT id FROM casework_case WHERE proposal_id = :p").param("p", proposalId).query(Long.class).optional();
    }

    /** The consultation a case came from. */
    public Long consultationOf(Long caseId) {
        return jdbc.sql("SELECT consultation_id FROM casework_case WHERE id = :id").param("id", caseId).query(Long.class).optional()
                .orElseThrow(CaseWorkflow::notFound);
    }

    /** Who hears of a case's public steps: its proposer and endorsers. */
    public List<Long> followers(Long caseId) {
        CaseStore.State state = store.state(caseId).orElseThrow(CaseWorkflow::notFound);
        List<Long> people = new ArrayList<>();
        people.add(proposals.summaryOf(state.proposalId()).authorId());
        proposals.endorsers(state.proposalId()).stream().filter(p -> !people.contains(p)).forEach(people::add);
        return people;
    }

    /** Who works a case now: the staff of its office ({@code leadsOnly} for warnings) and, when escalated, the coordinator. */
    public List<Long> staffOf(Long caseId, boolean leadsOnly) {
        CaseStore.State state = store.state(caseId).orElseThrow(CaseWorkflow::notFound);
        return roles.staffIdsOf(state.officeId(), leadsOnly);
    }

    /** The co-handling offices (协办) of a case. */
    public List<Long> coOfficeIds(Long caseId) {
        return store.coOffices(caseId);
    }

    /** The staff of a case's co-handling offices, but for those of {@code exceptOfficeId} (the office that acted), if given. */
    public List<Long> coOfficeStaff(Long caseId, Long exceptOfficeId) {
        return store.coOffices(caseId).stream().filter(o -> !o.equals(exceptOfficeId)).flatMap(o -> roles.staffIdsOf(o, false).stream())
                .distinct().toList();
    }

    public List<Long> coordinatorStaff(Long caseId) {
        CaseStore.State state = store.state(caseId).orElseThrow(CaseWorkflow::notFound);
        Long coordinator = access.coordinatorOf(state.streetId());
        return coordinator == null ? List.of() : roles.staffIdsOf(coordinator, false);
    }

    private List<Long> accepted(Long consultationId) {
        return results.result(consultationId).map(r -> r.lines().stream().filter(ResultLine::accepted).map(ResultLine::proposalId).toList())
                .orElse(List.of());
    }

    private Long requireCommittee(Long consultationId) {
        Long me = currentUser.requireId();
        if (!roles.committeeCommunities(me).contains(consultations.scopeOf(consultationId).communityId())) {
            throw new AccessDeniedException("not a committee member of the consultation's community");
        }
        return me;
    }
}
