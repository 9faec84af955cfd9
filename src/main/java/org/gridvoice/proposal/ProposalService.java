package org.gridvoice.proposal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.gridvoice.account.AccountService;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.ReasonForm;
import org.gridvoice.account.ResidencyService;
import org.gridvoice.consultation.Budget;
import org.gridvoice.consultation.ConsultationScope;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.consultation.Phase;
import org.gridvoice.place.GridSummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.proposal.domain.Proposal;
import org.gridvoice.proposal.domain.ProposalListQuery;
import org.gridvoice.proposal.domain.ProposalPageQuery;
import org.gridvoice.proposal.domain.ProposalPages;
import org.gridvoice.proposal.domain.ProposalRepository;
import org.gridvoice.proposal.domain.ProposalSpecs;
import org.gridvoice.proposal.domain.ProposalStore;
import org.gridvoice.proposal.domain.TitleBigrams;
import org.gridvoice.shared.markdown.MarkdownRenderer;
import org.gridvoice.shared.validation.InputValidator;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals and endorsements. Only verified residents of a grid in the consultation's scope
 * propose (in the proposals phase) and endorse (once each, revocable until the phase ends).
 * Refusals are {@link InvalidInput} with an i18n key; a user acting on someone else's proposal
 * gets {@link AccessDeniedException}.
 */
@Service
@Transactional(readOnly = true)
public class ProposalService {

    private final ProposalRepository proposals;
    private final ProposalStore store;
    private final ProposalPages pages;
    private final ProposalListQuery listQuery;
    private final ProposalPageQuery pageQuery;
    private final AccountService accounts;
    private final ConsultationService consultations;
    private final ResidencyService residencies;
    private final PlaceService places;
    private final AuthorNames authorNames;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final MarkdownRenderer markdown;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalService(ProposalRepository proposals, ProposalStore store, ProposalPages pages, ProposalListQuery listQuery, ProposalPageQuery pageQuery,
                    AccountService accounts, ConsultationService consultations,
                    ResidencyService residencies, PlaceService places, AuthorNames authorNames, CurrentUser currentUser,
                    InputValidator validator, MarkdownRenderer markdown, ApplicationEventPublisher events, Clock clock) {
        this.proposals = proposals;
        this.store = store;
        this.pages = pages;
        this.listQuery = listQuery;
        this.pageQuery = pageQuery;
        this.accounts = accounts;
        this.consultations = consultations;
        this.residencies = residencies;
        this.places = places;
        this.authorNames = authorNames;
        this.currentUser = currentUser;
        this.validator = validator;
        this.markdown = markdown;
        this.events = events;
        this.clock = clock;
    }

    /** Posts a proposal and returns its id. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Long create(ProposalForm form) {
        return createAs(currentUser.requireId(), null, form);
    }

    /**
     * Posts the proposal as {@code me}'s own; {@code enteredBy}: the staff member who entered it for
     * them (代录), once they attested it. For this module's attestation kind only.
     */
    @Transactional
    Long createAs(Long me, Long enteredBy, ProposalForm form) {
        Long gridId = checkCreate(me, form);
        ConsultationScope scope = consultations.scopeOf(form.consultationId());
        Proposal proposal = proposals.save(new Proposal(scope.consultationId(), me, form.title().strip(), form.body(),
                form.categoryId(), gridId, blankToNull(form.placeText()), form.showName(), now()));
        proposal.estimate(form.costYuan());
        store.indexTitle(scope.consultationId(), proposal.getId(), proposal.getTitle());
        if (enteredBy != null) {
            store.enteredBy(proposal.getId(), enteredBy);
        }
        return proposal.getId();
    }

    /** The checks of {@link #create} for author {@code me}; returns the proposal's grid. */
    Long checkCreate(Long me, ProposalForm form) {
        validator.check(form);
        ConsultationScope scope = consultations.scopeOf(form.consultationId());
        Long myGrid = eligibleGrid(me, scope).orElseThrow(() -> InvalidInput.of(null, "proposal.error.not-eligible"));
        if (!scope.phase().allowsProposals()) {
            throw InvalidInput.of(null, "proposal.error.phase");
        }
        if (!scope.categoryIds().contains(form.categoryId())) {
            throw InvalidInput.of("categoryId", "proposal.error.category");
        }
        checkCost(scope.consultationId(), form.costYuan());
        Long gridId = form.gridId() == null ? myGrid : form.gridId();
        GridSummary grid = places.grid(gridId).orElseThrow(() -> InvalidInput.of("gridId", "proposal.error.grid"));
        if (!scope.covers(grid.id(), grid.communityId())) {
            throw InvalidInput.of("gridId", "proposal.error.grid");
        }
        return gridId;
    }

    /** Rewords one's own proposal (seen at {@code version}) while no one has endorsed it and within 30 minutes; the old wording is kept. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void edit(Long id, long version, ProposalForm form) {
        validator.check(form);
        Proposal proposal = own(id);
        if (!proposal.getConsultationId().equals(form.consultationId())) {
            throw InvalidInput.of(null, "proposal.error.not-found");
        }
        if (proposal.getVersion() != version) {
            throw InvalidInput.of(null, "proposal.error.stale");
        }
        if (!consultations.scopeOf(proposal.getConsultationId()).phase().allowsProposals()) {
            throw InvalidInput.of(null, "proposal.error.phase");
        }
        if (!proposal.editableAt(now())) {
            throw InvalidInput.of(null, "proposal.error.not-editable");
        }
        if (!consultations.scopeOf(proposal.getConsultationId()).categoryIds().contains(form.categoryId())) {
            throw InvalidInput.of("categoryId", "proposal.error.category");
        }
        checkCost(proposal.getConsultationId(), form.costYuan());
        store.keepVersion(id, proposal.getTitle(), proposal.getBody(), now());
        proposal.reword(form.title().strip(), form.body(), form.categoryId(), blankToNull(form.placeText()), now());
        proposal.showAuthor(form.showName());
        proposal.estimate(form.costYuan());
        store.indexTitle(proposal.getConsultationId(), id, proposal.getTitle());
    }

    /** The author chooses, at any time, whether their name is shown publicly on their proposal. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void showAuthorName(Long id, boolean shown) {
        own(id).showAuthor(shown);
    }

    /** Withdraws one's own proposal with a public reason. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void withdraw(Long id, ReasonForm reason) {
        validator.check(reason);
        Proposal proposal = own(id);
        if (proposal.getStatus() == ProposalStatus.WITHDRAWN) {
            throw InvalidInput.of(null, "proposal.error.withdrawn");
        }
        if (!proposal.getStatus().withdrawable()) {
            throw InvalidInput.of(null, "proposal.error.withdraw-phase");
        }
        var phase = consultations.scopeOf(proposal.getConsultationId()).phase();
        if (phase == org.gridvoice.consultation.Phase.VOTING || phase == org.gridvoice.consultation.Phase.CLOSED) {
            throw InvalidInput.of(null, "proposal.error.withdraw-phase");
        }
        proposal.withdraw(reason.reason().strip(), now());
    }

    /** Endorses a proposal; refused outside the proposals phase, outside the scope, twice, or for one's own. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void endorse(Long id) {
        endorseAs(currentUser.requireId(), null, id);
    }

    /** Endorses as {@code me}, entered by staff ({@code enteredBy}) and attested; for this module's attestation kind only. */
    @Transactional
    void endorseAs(Long me, Long enteredBy, Long id) {
        Proposal proposal = checkEndorse(me, id);
        ConsultationScope scope = consultations.scopeOf(proposal.getConsultationId());
        if (!store.endorse(id, me, enteredBy, now())) {
            throw InvalidInput.of(null, "proposal.error.endorsed-already");
        }
        boolean qualified = store.requalify(id, scope.endorsementThreshold(), now());
        events.publishEvent(new ProposalEndorsed(id, proposal.getConsultationId(), proposal.getAuthorId(), me, qualified));
    }

    /** The checks of {@link #endorse} for {@code me}, and that they do not endorse it already. */
    Proposal checkEndorse(Long me, Long id) {
        Proposal proposal = find(id);
        String refusal = endorseRefusal(proposal, consultations.scopeOf(proposal.getConsultationId()), me);
        if (refusal != null) {
            throw InvalidInput.of(null, refusal);
        }
        if (store.hasEndorsed(id, me)) {
            throw InvalidInput.of(null, "proposal.error.endorsed-already");
        }
        return proposal;
    }

    /** Takes an endorsement back, while the proposals phase lasts. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void withdrawEndorsement(Long id) {
        Proposal proposal = find(id);
        ConsultationScope scope = consultations.scopeOf(proposal.getConsultationId());
        if (!scope.phase().allowsProposals()) {
            throw InvalidInput.of(null, "proposal.error.phase");
        }
        if (!store.withdrawEndorsement(id, currentUser.requireId())) {
            throw InvalidInput.of(null, "proposal.error.not-endorsed");
        }
        store.requalify(id, scope.endorsementThreshold(), now());
    }

    /**
     * How many proposals a consultation's list shows with this filter, counted up to {@code limit} in one statement:
     * the length of the list's scroll bar, so that a reader can drag it far down (the list asks when it opens and when
     * the filter changes, not for each page). The limit keeps the count from reading every index entry of a list far
     * longer than anyone drags through (a count of 100,000 took 30-70 ms, up to 10,001 about 5-10 ms).
     */
    public long count(Long consultationId, ProposalFilter filter, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        return listQuery.count(consultationId, filter, limit);
    }

    /**
     * A page of a consultation's proposals, sorted and filtered in the database, in one statement with the
     * authors' names the reader may see and the grids' names; no count (see {@link #count}).
     */
    public Slice<ProposalSummary> list(Long consultationId, ProposalFilter filter, ProposalSort sort, Pageable pageable) {
        Long reader = currentUser.get().map(u -> u.id()).orElse(null);
        Slice<ProposalListQuery.Row> page = listQuery.page(consultationId, filter, sort, reader, pageable);
        String former = page.stream().anyMatch(r -> r.authorErased() && r.authorName() != null) ? accounts.formerResidentName() : null;
        return page.map(r -> new ProposalSummary(r.id(), r.consultationId(), r.title(), r.authorId(),
                r.authorName() != null && r.authorErased() ? former : r.authorName(), r.authorShown(), r.categoryId(), r.gridId(),
                r.gridName(), r.endorsementCount(), r.commentCount(), r.qualified(), r.status(), r.createdAt()));
    }

    /** A proposal's page, for a visitor or a signed-in reader: two statements (the proposal, then everything around it in {@link ProposalPageQuery}). */
    public ProposalDetails details(Long id) {
        Proposal p = find(id);
        Long me = currentUser.get().map(u -> u.id()).orElse(null);
        ProposalPageQuery.Facts facts = pageQuery.facts(id, me).orElseThrow(() -> InvalidInput.of(null, "proposal.error.not-found"));
        if (!facts.published()) {
            consultations.scopeOf(p.getConsultationId()); // refuses as "not found", like every page of an unpublished consultation
        }
        Phase phase = facts.dates().phaseAt(now());
        boolean endorsed = facts.endorsedByReader();
        String refusal = endorseRefusal(p, phase, me, facts::readerEligible);
        String former = facts.authorErased() || facts.enteredByErased() ? accounts.formerResidentName() : null;
        String authorName = facts.authorName() != null && facts.authorErased() ? former : facts.authorName();
        ProposalSummary summary = new ProposalSummary(p.getId(), p.getConsultationId(), p.getTitle(), p.getAuthorId(), authorName,
                p.isAuthorShown(), p.getCategoryId(), p.getGridId(), facts.gridName(), p.getEndorsementCount(), p.getCommentCount(),
                p.isQualified(), p.getStatus(), p.getCreatedAt());
        String enteredBy = facts.enteredByErased() ? former : facts.enteredByName();
        boolean showText = !p.isHidden();
        return new ProposalDetails(summary, showText ? p.getBody() : "", showText ? markdown.toHtml(p.getBody()) : "",
                p.getPlaceText(), facts.endorsementThreshold(), p.getEditedAt(), facts.versionCount(), p.getWithdrawReason(),
                Objects.equals(me, p.getAuthorId()) && p.editableAt(now()), endorsed, refusal == null && !endorsed,
                endorsed ? null : refusal, p.getVersion(), p.isHidden(), p.getHiddenReason(), p.progress(), p.getMergedInto(),
                facts.mergedIntoTitle(), enteredBy);
    }

    public List<ProposalVersion> versions(Long id) {
        find(id);
        return store.versions(id);
    }

    /** The ids of a consultation's qualified proposals neither withdrawn nor merged: what is on its ballot. */
    public java.util.Set<Long> qualifiedProposals(Long consultationId) {
        // on every cast: plain ids, no entities
        return store.qualifiedIds(consultationId);
    }

    /** The ballot: a consultation's qualified proposals neither withdrawn nor merged, in id order, with names, in three statements. */
    public List<ProposalSummary> ballot(Long consultationId) {
        return summaries(proposals.findAll(ProposalSpecs.onBallot(consultationId), Sort.by("id")));
    }

    /**
     * Voting tells each proposal on the ballot its result line, in the transaction that stores the
     * result: ACCEPTED or NOT_ACCEPTED, with its counts and when; a withdrawn proposal stays withdrawn.
     */
    @Transactional
    public void recordResult(Long proposalId, boolean accepted, ProposalTally tally, LocalDateTime decidedAt) {
        store.decide(proposalId, accepted, tally, decidedAt);
    }

    /**
     * The meeting module tells a proposal a residents' meeting decided it (accepted or not; a show of
     * hands as a yes-no tally, consensus without one), in the transaction that records the decision.
     * Returns false, changing nothing, when it was decided already or is on a ballot, withdrawn or merged.
     */
    @Transactional
    public boolean recordMeetingDecision(Long proposalId, Long meetingId, boolean accepted, ProposalTally tally, LocalDateTime decidedAt) {
        return store.decideAtMeeting(proposalId, meetingId, accepted, tally, decidedAt);
    }

    /** Voting tells a tied proposal the committee accepted it when breaking the tie. */
    @Transactional
    public void recordTieBroken(Long proposalId) {
        store.acceptAfterTie(proposalId);
    }

    /**
     * Casework tells the proposal where its case stands at each step, in the step's transaction:
     * ROUTED while the case is open (again after a reopening), RESOLVED, CLOSED, with what it links to.
     */
    @Transactional
    public void recordCase(Long proposalId, ProposalCase c) {
        store.followCase(proposalId, c);
    }

    /** Summaries of the given proposals in id order, in three statements (a result's lines name them). */
    public List<ProposalSummary> summariesOf(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : summaries(proposals.findAllById(ids).stream()
                .sorted(java.util.Comparator.comparing(Proposal::getId)).toList());
    }

    private List<ProposalSummary> summaries(List<Proposal> onBallot) {
        Map<Long, String> authors = authorNames.visibleTo(onBallot);
        Map<Long, String> grids = places.gridsOf(onBallot.stream().map(Proposal::getGridId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(GridSummary::id, GridSummary::name));
        return onBallot.stream().map(p -> summary(p, authors, grids)).toList();
    }

    /** The ids of the proposals a user wrote, whatever became of them: casework blanks their name in case snapshots at an erasure. */
    public List<Long> authoredBy(Long userId) {
        return proposals.findIdsByAuthorId(userId);
    }

    /** Who endorsed a proposal, first endorser first: casework asks them whether its case was resolved. */
    public List<Long> endorsers(Long proposalId) {
        return store.endorsers(proposalId);
    }

    /** Where a proposal belongs and who wrote it, for moderation and notifications (the name as the reader may see it). */
    public ProposalSummary summaryOf(Long id) {
        Proposal p = find(id);
        return summary(p, authorNames.visibleTo(List.of(p)), Map.of());
    }

    /** Hides a proposal with a public reason, or null while it waits for review; moderation decides when. */
    @Transactional
    public void hide(Long id, String reason) {
        find(id).hide(reason);
    }

    @Transactional
    public void restore(Long id) {
        find(id).restore();
    }

    /** Open proposals of the consultation whose titles look like the one being typed (Chinese included). */
    public List<SimilarProposal> similar(Long consultationId, String title) {
        return store.similar(consultationId, TitleBigrams.of(title), 5);
    }

    /** The grid in which the signed-in user may propose in this consultation, if any. */
    public Optional<Long> myEligibleGrid(Long consultationId) {
        return currentUser.get().flatMap(u -> eligibleGrid(u.id(), consultations.scopeOf(consultationId)));
    }

    // ProposalPageQuery asks the same in SQL for a proposal's page: keep the two alike
    private Optional<Long> eligibleGrid(Long userId, ConsultationScope scope) {
        return residencies.verifiedGrid(userId).filter(grid -> places.grid(grid)
                .map(g -> scope.covers(g.id(), g.communityId())).orElse(false));
    }

    private String endorseRefusal(Proposal proposal, ConsultationScope scope, Long me) {
        return endorseRefusal(proposal, scope.phase(), me, () -> eligibleGrid(me, scope).isPresent());
    }

    /** The same, asking where the reader lives only when the answer depends on it. */
    private String endorseRefusal(Proposal proposal, Phase phase, Long me, BooleanSupplier eligible) {
        if (!phase.allowsProposals()) {
            return "proposal.error.phase";
        }
        if (proposal.getStatus() == ProposalStatus.MERGED) {
            return "proposal.merge.closed";
        }
        if (!proposal.getStatus().collecting()) {
            return "proposal.error.withdrawn";
        }
        if (me == null) {
            return "proposal.error.sign-in";
        }
        if (proposal.getAuthorId().equals(me)) {
            return "proposal.error.own";
        }
        return eligible.getAsBoolean() ? null : "proposal.error.not-eligible";
    }

    private Proposal own(Long id) {
        Proposal proposal = find(id);
        if (!proposal.getAuthorId().equals(currentUser.requireId())) {
            throw new AccessDeniedException("not the author of proposal " + id);
        }
        return proposal;
    }

    private Proposal find(Long id) {
        return proposals.findById(id).orElseThrow(() -> InvalidInput.of(null, "proposal.error.not-found"));
    }

    private static ProposalSummary summary(Proposal p, Map<Long, String> authors, Map<Long, String> grids) {
        return new ProposalSummary(p.getId(), p.getConsultationId(), p.getTitle(), p.getAuthorId(), authors.get(p.getId()),
                p.isAuthorShown(), p.getCategoryId(), p.getGridId(), grids.get(p.getGridId()), p.getEndorsementCount(), p.getCommentCount(),
                p.isQualified(), p.getStatus(), p.getCreatedAt());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    // ---- budget consultations (issue 17) ----

    /** The author's cost estimate in yuan (latest version), empty when the proposal has none. Public. */
    public Optional<Long> costEstimate(Long proposalId) {
        return Optional.ofNullable(find(proposalId).getCostYuan());
    }

    /**
     * A page of a consultation's qualified proposals neither withdrawn nor merged (what a budget ballot
     * is drawn from), by id, with category, grid and cost estimate: one statement and no count.
     */
    public Slice<CostedProposal> costed(Long consultationId, Pageable pageable) {
        return pages.slice(ProposalSpecs.onBallot(consultationId), Sort.by("id"), pageable).map(ProposalService::costed);
    }

    /** These proposals with category, grid and cost estimate, in id order; one statement. */
    public List<CostedProposal> costedOf(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : proposals.findAllById(ids).stream().sorted(java.util.Comparator.comparing(Proposal::getId))
                .map(ProposalService::costed).toList();
    }

    /** One proposal with its category, grid and cost estimate, whatever its status. */
    public Optional<CostedProposal> costed(Long proposalId) {
        return proposals.findById(proposalId).map(ProposalService::costed);
    }

    private static CostedProposal costed(Proposal p) {
        return new CostedProposal(p.getId(), p.getConsultationId(), p.getTitle(), p.getCategoryId(), p.getGridId(), p.getCostYuan(),
                p.isQualified() && p.getStatus() != ProposalStatus.WITHDRAWN && p.getStatus() != ProposalStatus.MERGED);
    }

    /** Required in a budget consultation and at most its cap (else its total); refused elsewhere. */
    private void checkCost(Long consultationId, Long costYuan) {
        Optional<Budget> budget = consultations.budget(consultationId);
        if (budget.isEmpty()) {
            if (costYuan != null) {
                throw InvalidInput.of("costYuan", "proposal.error.cost-not-budget");
            }
            return;
        }
        if (costYuan == null) {
            throw InvalidInput.of("costYuan", "proposal.error.cost-required");
        }
        long limit = budget.get().maxProjectYuan() != null ? budget.get().maxProjectYuan() : budget.get().totalYuan();
        if (costYuan > limit) {
            throw InvalidInput.of("costYuan", "proposal.error.cost-over-cap", limit);
        }
    }
}
