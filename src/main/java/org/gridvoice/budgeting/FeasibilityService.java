package org.gridvoice.budgeting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.audit.AuditRecord;
import org.gridvoice.budgeting.domain.Reviews;
import org.gridvoice.consultation.Budget;
import org.gridvoice.consultation.ConsultationScope;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.consultation.Phase;
import org.gridvoice.place.CategoryService;
import org.gridvoice.place.CategorySummary;
import org.gridvoice.place.GridSummary;
import org.gridvoice.place.OfficeService;
import org.gridvoice.place.OfficeSummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.proposal.CostedProposal;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.shared.validation.InputValidator;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feasibility review of a budget consultation's proposals (issue 17). Reviewers: staff of the
 * office the responsibility list names for the proposal's category and grid (lead office, at the time
 * of review), or the consultation's committee. Reviews are taken while the consultation is in its
 * proposals or deliberation phase and are public, each on the audit chain; a review may be revised
 * until voting opens. When voting opens, only FEASIBLE proposals (that qualified by endorsements) are
 * on the ballot, at their reviewed cost, which is then fixed.
 */
@Service
@Transactional(readOnly = true)
public class FeasibilityService {

    private final Reviews reviews;
    private final Reviewers reviewers;
    private final ProposalService proposals;
    private final ConsultationService consultations;
    private final CategoryService categories;
    private final PlaceService places;
    private final OfficeService offices;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final AuditLog audit;
    private final Clock clock;

    FeasibilityService(Reviews reviews, Reviewers reviewers, ProposalService proposals, ConsultationService consultations,
                       CategoryService categories, PlaceService places, OfficeService offices, CurrentUser currentUser,
                       InputValidator validator, AuditLog audit, Clock clock) {
        this.reviews = reviews;
        this.reviewers = reviewers;
        this.proposals = proposals;
        this.consultations = consultations;
        this.categories = categories;
        this.places = places;
        this.offices = offices;
        this.currentUser = currentUser;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The reviews of a budget consultation's qualified proposals, by proposal id, paged in the
     * database (public); empty for an ordinary consultation. Statements: the page, the qualified
     * count, the page's verdicts, names of categories, grids and offices, and the routing of each
     * distinct (category, grid) of the page for {@code reviewable}.
     */
    public Page<ProjectReview> reviews(Long consultationId, Pageable pageable) {
        Optional<Budget> budget = consultations.budget(consultationId);
        if (budget.isEmpty()) {
            return new PageImpl<>(List.of(), pageable, 0);
        }
        List<CostedProposal> page = proposals.costed(consultationId, pageable).getContent();
        long total = proposals.qualifiedProposals(consultationId).size();
        return new PageImpl<>(views(budget.get(), page), pageable, total);
    }

    /** One proposal's review (public); empty when its consultation is not a budget consultation. */
    public Optional<ProjectReview> review(Long proposalId) {
        return proposals.costed(proposalId).flatMap(p -> consultations.budget(p.consultationId())
                .map(b -> views(b, List.of(p)).getFirst()));
    }

    /**
     * Records or revises the verdict. AccessDeniedException for anyone but the named office's staff or
     * the committee; InvalidInput: {@code budgeting.error.phase} (not proposals/deliberation),
     * {@code budgeting.error.not-budget}, {@code budgeting.error.not-qualified}, {@code budgeting.error.cost-note},
     * {@code budgeting.error.over-cap} (feasible at a cost above the cap).
     */
    @PreAuthorize("hasAnyRole('COMMITTEE', 'OFFICER', 'OFFICE_LEAD')")
    @Transactional
    public void review(Long proposalId, FeasibilityForm form) {
        validator.check(form);
        Long me = currentUser.requireId();
        CostedProposal proposal = proposals.costed(proposalId).orElseThrow(() -> InvalidInput.of(null, "budgeting.error.not-found"));
        Budget budget = consultations.budget(proposal.consultationId())
                .orElseThrow(() -> InvalidInput.of(null, "budgeting.error.not-budget"));
        LocalDateTime now = now();
        ConsultationScope scope = consultations.scopeOf(proposal.consultationId());
        Reviewers.As as = reviewers.of(me, scope.communityId(), proposal, now)
                .orElseThrow(() -> new AccessDeniedException("neither the named office's staff nor the committee"));
        // under the consultation's shared lock: voting cannot open (and fix the ballot) under this review
        if (!reviewable(consultations.phaseHeld(proposal.consultationId()))) {
            throw InvalidInput.of(null, "budgeting.error.phase");
        }
        if (!proposal.onBallot()) {
            throw InvalidInput.of(null, "budgeting.error.not-qualified");
        }
        String note = blankToNull(form.costNote());
        if (form.correctedCostYuan() != null && note == null) {
            throw InvalidInput.of("costNote", "budgeting.error.cost-note");
        }
        long cost = form.correctedCostYuan() != null ? form.correctedCostYuan() : proposal.costYuan() == null ? 0 : proposal.costYuan();
        long limit = limit(budget);
        if (form.feasible() && cost > limit) {
            throw InvalidInput.of(form.correctedCostYuan() != null ? "correctedCostYuan" : null, "budgeting.error.over-cap", limit);
        }
        String reason = form.reason().strip();
        reviews.save(new Reviews.Row(proposalId, proposal.consultationId(), form.feasible(), reason, form.correctedCostYuan(),
                form.correctedCostYuan() == null ? null : note, me, as.officeId(), now));
        String actor = as.officeId() == null ? "committee:" + me : "office:" + as.officeId() + ":" + me;
        audit.append(new AuditRecord("BUDGET_REVIEWED", "proposal", proposalId, actor, (form.feasible() ? "FEASIBLE" : "INFEASIBLE")
                + ", cost " + cost + (form.correctedCostYuan() == null ? "" : " (corrected from " + proposal.costYuan()
                + ", note sha256 " + AuditRecord.textHash(note) + ")") + ", reason sha256 " + AuditRecord.textHash(reason)));
    }

    /** The ballot of a budget consultation: feasible qualified proposals with their reviewed costs, by id (public). */
    public List<BallotProject> ballot(Long consultationId) {
        List<Reviews.Row> feasible = reviews.feasible(consultationId);
        Map<Long, Reviews.Row> byId = feasible.stream().collect(Collectors.toMap(Reviews.Row::proposalId, Function.identity()));
        return proposals.costedOf(byId.keySet()).stream().filter(CostedProposal::onBallot)
                .map(p -> new BallotProject(p.id(), p.title(), cost(p, byId.get(p.id())))).toList();
    }

    /** How many qualified proposals still wait for review (the committee's screen warns before voting opens). */
    public int pending(Long consultationId) {
        Set<Long> waiting = new HashSet<>(proposals.qualifiedProposals(consultationId));
        reviews.reviewed(consultationId).forEach(waiting::remove);
        return waiting.size();
    }

    private List<ProjectReview> views(Budget budget, List<CostedProposal> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, Reviews.Row> verdicts = reviews.findAll(page.stream().map(CostedProposal::id).toList());
        Map<Long, CategorySummary> cats = categories.categoriesOf(page.stream().map(CostedProposal::categoryId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(CategorySummary::id, Function.identity()));
        Map<Long, String> grids = places.gridsOf(page.stream().map(CostedProposal::gridId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(GridSummary::id, GridSummary::name));
        Map<Long, String> officeNames = offices.officesOf(verdicts.values().stream().map(Reviews.Row::officeId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(OfficeSummary::id, OfficeSummary::name));
        Long me = currentUser.get().map(u -> u.id()).orElse(null);
        LocalDateTime now = now();
        ConsultationScope scope = consultations.scopeOf(page.getFirst().consultationId());
        boolean phaseOpen = reviewable(scope.phase());
        // one routing per (category, grid) of the page, not one per proposal
        Map<List<Long>, Boolean> mayReview = new HashMap<>();
        long limit = limit(budget);
        return page.stream().map(p -> {
            Reviews.Row v = verdicts.get(p.id());
            CategorySummary cat = cats.get(p.categoryId());
            long cost = cost(p, v);
            boolean reviewable = phaseOpen && me != null && p.onBallot() && mayReview.computeIfAbsent(List.of(p.categoryId(), p.gridId()),
                    k -> reviewers.of(me, scope.communityId(), p, now).isPresent());
            return new ProjectReview(p.id(), p.title(), cat == null ? null : cat.nameZh(), cat == null ? null : cat.nameEn(),
                    grids.get(p.gridId()), p.costYuan(), cost,
                    v == null ? Feasibility.PENDING : v.feasible() ? Feasibility.FEASIBLE : Feasibility.INFEASIBLE,
                    v == null ? null : v.reason(), v == null ? null : v.costNote(),
                    v == null || v.officeId() == null ? null : officeNames.get(v.officeId()), v == null ? null : v.reviewedAt(),
                    cost > limit, reviewable);
        }).toList();
    }

    /** The reviewed cost: the correction if any, else the author's estimate. */
    private static long cost(CostedProposal p, Reviews.Row verdict) {
        if (verdict != null && verdict.correctedCostYuan() != null) {
            return verdict.correctedCostYuan();
        }
        return p.costYuan() == null ? 0 : p.costYuan();
    }

    /** The most one project may cost: the cap, else the whole budget. */
    private static long limit(Budget budget) {
        return budget.maxProjectYuan() != null ? budget.maxProjectYuan() : budget.totalYuan();
    }

    private static boolean reviewable(Phase phase) {
        return phase == Phase.PROPOSALS || phase == Phase.DELIBERATION;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
