package org.gridvoice.casework;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridvoice.account.AccountService;
import org.gridvoice.casework.domain.CaseAccess;
import org.gridvoice.casework.domain.CaseBackers;
import org.gridvoice.casework.domain.CaseQueries;
import org.gridvoice.casework.domain.CaseStore;
import org.gridvoice.place.OfficeService;
import org.gridvoice.photo.PhotoOwner;
import org.gridvoice.photo.PhotoRef;
import org.gridvoice.photo.PhotoService;
import org.gridvoice.place.OfficeSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading cases: an office's inbox, the public list, a case page. Everyone may read a case;
 * internal notes only its office and the coordinator. Routing is {@link CaseRoutingService}'s.
 */
@Service
@Transactional(readOnly = true)
public class CaseService {

    private final CaseQueries queries;
    private final CaseStore store;
    private final CaseAccess access;
    private final OfficeService offices;
    private final AccountService accounts;
    private final PhotoService photos;
    private final CaseBackers backers;

    CaseService(CaseQueries queries, CaseStore store, CaseAccess access, OfficeService offices, AccountService accounts, PhotoService photos,
                CaseBackers backers) {
        this.queries = queries;
        this.store = store;
        this.access = access;
        this.offices = offices;
        this.accounts = accounts;
        this.photos = photos;
        this.backers = backers;
    }

    /**
     * An office's inbox, filtered and sorted by due time in the database; staff of that office only
     * (AccessDeniedException for anyone else). It holds the cases the office leads and those it
     * co-handles (协办), marked {@code coHandling}.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'OFFICE_LEAD')")
    public Page<CaseSummary> inbox(CaseFilter filter, Pageable pageable) {
        if (filter.officeId() == null || !access.myOffices().contains(filter.officeId())) {
            throw new AccessDeniedException("not staff of office " + filter.officeId());
        }
        String coHandled = "id IN (SELECT case_id FROM casework_case_co_office WHERE office_id = :office)";
        String scope = filter.coHandling() == null ? "(office_id = :office OR " + coHandled + ")"
                : filter.coHandling() ? "office_id <> :office AND " + coHandled : "office_id = :office";
        return cases(scope, Map.of("office", filter.officeId()), filter, pageable, "office_id <> :office");
    }

    /** All cases, most urgent first, for the public list; optionally of one consultation. */
    public Page<CaseSummary> publicCases(Long consultationId, Pageable pageable) {
        return publicCases(consultationId, null, pageable);
    }

    /** As {@link #publicCases(Long, Pageable)}, only the cases of one source (proposals' or requests'; null: both). */
    public Page<CaseSummary> publicCases(Long consultationId, CaseSource source, Pageable pageable) {
        CaseFilter any = new CaseFilter(null, null, null, null, false, null, source);
        return consultationId == null ? cases("1 = 1", Map.of(), any, pageable, "FALSE")
                : cases("consultation_id = :consultation", Map.of("consultation", consultationId), any, pageable, "FALSE");
    }

    private Page<CaseSummary> cases(String scope, Map<String, Object> params, CaseFilter filter, Pageable pageable, String coHandling) {
        long total = queries.count(scope, params, filter);
        List<CaseQueries.ListRow> rows = queries.list(scope, params, filter, pageable.getPageSize(), pageable.getOffset(), coHandling);
        Map<Long, String> officeNames = names(rows.stream().map(CaseQueries.ListRow::officeId).collect(Collectors.toSet()));
        return new PageImpl<>(rows.stream().map(r -> new CaseSummary(r.id(), r.snapTitle(), r.status(), r.officeId(),
                officeNames.get(r.officeId()), r.categoryId(), r.snapCategoryZh(), r.snapCategoryEn(), r.gridId(), r.snapGrid(),
                r.responseDueAt(), r.resolutionDueAt(), r.late(), r.escalated(), r.atCoordinator(), r.hops(), r.routedAt(),
                r.coHandling(), r.source())).toList(), pageable, total);
    }

    /**
     * The public case page; internal notes are left out unless the reader works the case or
     * coordinates. Throws InvalidInput ({@code casework.error.not-found}) for an unknown case.
     */
    public CaseDetails details(Long caseId) {
        CaseStore.State state = store.state(caseId).orElseThrow(CaseWorkflow::notFound);
        boolean internal = access.seesInternal(state);
        CaseQueries.PageRow r = queries.page(caseId).orElseThrow(CaseWorkflow::notFound);
        List<CaseQueries.EventRow> eventRows = queries.events(caseId, internal);
        List<Long> co = store.coOffices(caseId);
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
        Map<Long, String> officeNames = names(officeIds);
        Set<Long> people = new HashSet<>();
        if (r.routedBy() != null) {
            people.add(r.routedBy());
        }
        eventRows.stream().map(CaseQueries.EventRow::actorId).filter(Objects::nonNull).forEach(people::add);
        Map<Long, String> names = accounts.displayNames(people);
        // every step's photos in one query; internal ones only for those who read internal notes
        Map<Long, List<PhotoRef>> stepPhotos = eventRows.isEmpty() ? Map.of()
                : photos.photosOf(PhotoOwner.CASE_EVENT, eventRows.stream().map(CaseQueries.EventRow::id).toList());
        List<CaseEvent> timeline = eventRows.stream().map(e -> new CaseEvent(e.id(), e.at(), e.kind(),
                e.actorId() == null ? null : names.get(e.actorId()), e.officeId() == null ? null : officeNames.get(e.officeId()),
                e.toOfficeId() == null ? null : officeNames.get(e.toOfficeId()), e.note(), e.internal(), e.confirmation(),
                visible(stepPhotos.getOrDefault(e.id(), List.of()), internal))).toList();
        CaseStatus status = r.status();
        CaseActions actions = access.actions(state);
        CaseStanding standing = new CaseStanding(r.officeId(), officeNames.get(r.officeId()), co.stream().map(officeNames::get).toList(),
                r.fallback(), r.responsibilityVersionId(), r.hops(), r.atCoordinator(), r.assignedForGood(), r.routedBy() == null ? null : names.get(r.routedBy()), r.routedAt(),
                r.routeNote(), r.officeSummary());
        CaseDates dates = new CaseDates(r.responseDueAt(), r.resolutionDueAt(), r.acceptedAt(), r.expectedAt(), r.resolvedAt(),
                r.closedAt(), r.lateAt(), r.escalatedAt(), r.feedbackUntil());
        CaseSnapshot snapshot = access.seesHiddenAuthor(state) ? r.snapshot() : r.snapshot().publicAuthor();
        boolean request = snapshot.source() == CaseSource.REQUEST;
        List<PhotoRef> filed = request ? visible(photos.photosOf(new PhotoOwner(PhotoOwner.CASE, caseId)), internal) : List.of();
        return new CaseDetails(caseId, r.proposalId(), r.consultationId(), status, snapshot, standing, dates, timeline, actions, filed,
                request ? backers.supporters(caseId) : 0);
    }

    private static List<PhotoRef> visible(List<PhotoRef> all, boolean withInternal) {
        return withInternal ? all : all.stream().filter(p -> !p.internal()).toList();
    }

    /** Where the case stands now; empty for an unknown case. */
    public Optional<CaseStatus> statusOf(Long caseId) {
        return store.state(caseId).map(CaseStore.State::status);
    }

    /** The community a case belongs to (a meeting's agenda may link it only there); empty for an unknown case. */
    public Optional<Long> communityOf(Long caseId) {
        return store.state(caseId).map(CaseStore.State::communityId);
    }

    /** The case made from a proposal, if it has been routed. */
    public Optional<Long> caseOfProposal(Long proposalId) {
        return queries.caseOfProposal(proposalId);
    }

    private Map<Long, String> names(Set<Long> officeIds) {
        return offices.officesOf(officeIds).stream().collect(Collectors.toMap(OfficeSummary::id, OfficeSummary::name));
    }

    // ---- funded projects (issue 17) ----

    /**
     * The budget and progress of a funded project's case (public like its page); empty for any other case.
     * Two statements and the offices' names. Once resolved (or closed after it) the progress is the
     * resolution's 100 % and the spend is the latest resolution's; reopened, it is the last milestone's again.
     */
    public Optional<CaseBudget> budget(Long caseId) {
        return queries.budget(caseId).map(b -> {
            List<CaseQueries.ProgressRow> rows = queries.progress(caseId);
            Map<Long, String> officeNames = names(rows.stream().map(CaseQueries.ProgressRow::officeId).filter(Objects::nonNull)
                    .collect(Collectors.toSet()));
            boolean done = b.status() == CaseStatus.RESOLVED || b.status() == CaseStatus.CLOSED;
            Optional<CaseQueries.ProgressRow> resolution = done
                    ? rows.stream().filter(r -> r.kind() == CaseEventKind.RESOLVED).findFirst() : Optional.empty();
            List<CaseBudget.Milestone> milestones = rows.stream().filter(r -> r.kind() == CaseEventKind.PROGRESS)
                    .map(r -> new CaseBudget.Milestone(r.title(), r.reachedOn(), r.percent(),
                            r.officeId() == null ? null : officeNames.get(r.officeId()), r.at())).toList();
            int percent = resolution.map(CaseQueries.ProgressRow::percent)
                    .orElse(milestones.isEmpty() ? 0 : milestones.getFirst().percent());
            return new CaseBudget(caseId, b.budgetYuan(), percent, resolution.map(CaseQueries.ProgressRow::spentYuan).orElse(null),
                    milestones);
        });
    }
}
