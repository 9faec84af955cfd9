package org.gridvoice.consultation;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridvoice.account.AccountService;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.ReasonForm;
import org.gridvoice.account.RoleService;
import org.gridvoice.consultation.domain.ChangeRecord;
import org.gridvoice.consultation.domain.ChangeRecordRepository;
import org.gridvoice.consultation.domain.Consultation;
import org.gridvoice.consultation.domain.ConsultationRepository;
import org.gridvoice.consultation.domain.ConsultationSpecs;
import org.gridvoice.consultation.domain.PhaseLock;
import org.gridvoice.place.CategoryService;
import org.gridvoice.place.CategorySummary;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.place.GridSummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.shared.markdown.MarkdownRenderer;
import org.gridvoice.shared.validation.InputValidator;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening and running consultations. Committee members of a community create drafts, publish
 * them and may close a phase early with a reason; once published, dates only move forward and
 * scope and categories are fixed. Every change after creation is recorded publicly; publication,
 * date moves and early closes also go on the audit chain, in the same transaction.
 * Refusals: {@link InvalidInput} (bad input, wrong state, stale edit) and
 * {@link AccessDeniedException} (not a committee member of that community).
 */
@Service
@Transactional(readOnly = true)
public class ConsultationService {

    private final ConsultationRepository consultations;
    private final ChangeRecordRepository changes;
    private final RoleService roles;
    private final AccountService accounts;
    private final PlaceService places;
    private final CategoryService categories;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final MarkdownRenderer markdown;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PhaseLock phaseLock;
    private final DecisionChain chain;
    private final List<CostedProposals> costedProposals;

    ConsultationService(ConsultationRepository consultations, ChangeRecordRepository changes, RoleService roles,
                        AccountService accounts, PlaceService places, CategoryService categories, CurrentUser currentUser,
                        InputValidator validator, MarkdownRenderer markdown, ApplicationEventPublisher events, Clock clock,
                        PhaseLock phaseLock, DecisionChain chain, List<CostedProposals> costedProposals) {
        this.costedProposals = costedProposals;
        this.phaseLock = phaseLock;
        this.chain = chain;
        this.consultations = consultations;
        this.changes = changes;
        this.roles = roles;
        this.accounts = accounts;
        this.places = places;
        this.categories = categories;
        this.currentUser = currentUser;
        this.validator = validator;
        this.markdown = markdown;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a draft and returns its id. */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public Long create(ConsultationForm form) {
        validator.check(form);
        requireCommitteeOf(form.communityId());
        checkScope(form);
        checkDates(form.dates());
        LocalDateTime now = now();
        Consultation consultation = new Consultation(form.communityId(), currentUser.requireId(), now);
        apply(consultation, form);
        Long id = consultations.save(consultation).getId();
        record(id, "CREATED", null, null);
        return id;
    }

    /**
     * Changes a consultation the caller last saw at {@code version}. A draft changes freely; a
     * published one keeps its scope and categories, and its dates only move forward.
     */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public void update(Long id, long version, ConsultationForm form) {
        validator.check(form);
        Consultation consultation = mine(id);
        if (consultation.getVersion() != version) {
            throw InvalidInput.of(null, "consultation.error.stale");
        }
        if (!consultation.getCommunityId().equals(form.communityId())) {
            throw InvalidInput.of("communityId", "consultation.error.community-fixed");
        }
        checkScope(form);
        checkDates(form.dates());
        List<String> changed = new ArrayList<>();
        if (!consultation.getTitle().equals(form.title().strip())) {
            changed.add("title");
        }
        if (!consultation.getDescription().equals(form.description())) {
            changed.add("description");
        }
        if (consultation.isPublished()) {
            boolean scopeChanged = consultation.isWholeCommunity() != form.wholeCommunity()
                    || (!form.wholeCommunity() && !consultation.getGridIds().equals(form.gridIds()))
                    || !consultation.getCategoryIds().equals(form.categoryIds())
                    || consultation.getEndorsementThreshold() != form.endorsementThreshold();
            if (scopeChanged) {
                throw InvalidInput.of(null, "consultation.error.scope-locked");
            }
            List<DecisionChain.Move> moved = checkForward(consultation.dates(), form.dates());
            if (!moved.isEmpty()) {
                consultation.schedule(form.dates());
                record(id, "DATES_MOVED", moved.stream().map(m -> m.field() + ": " + m.from().withNano(0) + " → " + m.to().withNano(0))
                        .collect(Collectors.joining("; ")), null);
                chain.datesMoved(id, currentUser.requireId(), moved);
            }
        } else {
            consultation.scope(form.wholeCommunity(), form.wholeCommunity() ? Set.of() : form.gridIds(), form.categoryIds(),
                    form.endorsementThreshold());
            consultation.schedule(form.dates());
        }
        consultation.describe(form.title().strip(), form.description());
        if (!changed.isEmpty()) {
            record(id, "EDITED", String.join(", ", changed), null);
        }
    }

    /** Makes a draft public. Refused when voting would already be over. */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public void publish(Long id) {
        Consultation consultation = mine(id);
        if (consultation.isPublished()) {
            throw InvalidInput.of(null, "consultation.error.already-published");
        }
        if (!consultation.dates().votingCloseAt().isAfter(now())) {
            throw InvalidInput.of("votingCloseAt", "consultation.error.ends-in-past");
        }
        consultation.publish(now());
        record(id, "PUBLISHED", null, null);
        chain.published(id, currentUser.requireId(), consultation.dates(), consultation.getTitle(), consultation.getDescription());
        announce(consultation);
    }

    /** Ends the current phase now (proposals, deliberation or voting); the reason is public. */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public void closePhaseEarly(Long id, ReasonForm reason) {
        validator.check(reason);
        Consultation consultation = mine(id);
        LocalDateTime now = now();
        Phase phase = consultation.phaseAt(now);
        if (!phase.closableEarly()) {
            throw InvalidInput.of(null, "consultation.error.not-closable");
        }
        PhaseDates d = consultation.dates();
        consultation.schedule(switch (phase) {
            case PROPOSALS -> new PhaseDates(d.proposalsOpenAt(), now, d.votingOpenAt(), d.votingCloseAt());
            case DELIBERATION -> new PhaseDates(d.proposalsOpenAt(), d.proposalsCloseAt(), now, d.votingCloseAt());
            default -> new PhaseDates(d.proposalsOpenAt(), d.proposalsCloseAt(), d.votingOpenAt(), now);
        });
        record(id, "PHASE_CLOSED_EARLY", phase.name(), reason.reason().strip());
        chain.closedEarly(id, currentUser.requireId(), phase, now, reason.reason().strip());
        announce(consultation);
    }

    /** Moves every published consultation whose dates have passed into its new phase, once. */
    @Transactional
    public int advancePhases() {
        int moved = 0;
        for (Consultation consultation : consultations.findByStatusAndAnnouncedPhaseNot(Consultation.Status.PUBLISHED, Phase.CLOSED)) {
            if (announce(consultation)) {
                moved++;
            }
        }
        return moved;
    }

    /** Published consultations matching the filter, newest first unless the page says otherwise. */
    public Page<ConsultationSummary> list(ConsultationFilter filter, Pageable pageable) {
        LocalDateTime now = now();
        return summaries(consultations.findAll(ConsultationSpecs.publicList(filter, now), pageable), now);
    }

    /** Drafts of the communities the signed-in committee member serves. */
    @PreAuthorize("hasRole('COMMITTEE')")
    public Page<ConsultationSummary> myDrafts(Pageable pageable) {
        Set<Long> mine = roles.committeeCommunities(currentUser.requireId());
        if (mine.isEmpty()) {
            return new PageImpl<>(List.of(), pageable, 0);
        }
        return summaries(consultations.findByStatusAndCommunityIdIn(Consultation.Status.DRAFT, mine, pageable), now());
    }

    /** A published consultation, or a draft for a committee member of its community; otherwise "not found". */
    public ConsultationDetails details(Long id) {
        Consultation c = visible(id);
        // in the places' own order (sort number, then 第二 before 第十)
        List<String> gridNames = places.gridsOf(c.getGridIds()).stream().map(GridSummary::name).toList();
        List<CategorySummary> cats = categories.activeCategories().stream().filter(k -> c.getCategoryIds().contains(k.id())).toList();
        return new ConsultationDetails(c.getId(), c.getCommunityId(), communityName(c.getCommunityId()), c.getTitle(),
                c.getDescription(), markdown.toHtml(c.getDescription()), c.isWholeCommunity(), c.getGridIds(),
                gridNames, c.getCategoryIds(),
                cats.stream().map(CategorySummary::nameZh).toList(), cats.stream().map(CategorySummary::nameEn).toList(),
                c.getEndorsementThreshold(), c.phaseAt(now()), c.dates(), c.getPublishedAt(), isCommitteeOf(c.getCommunityId()),
                c.getVersion());
    }

    /** The public change record, oldest first. */
    public List<ConsultationChange> changes(Long id) {
        visible(id);
        List<ChangeRecord> records = changes.findByConsultationIdOrderByChangedAtAscIdAsc(id);
        Map<Long, String> names = accounts.displayNames(records.stream().map(ChangeRecord::getChangedBy)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return records.stream().map(r -> new ConsultationChange(r.getChangedAt(), names.get(r.getChangedBy()), r.getKind(),
                r.getDetail(), r.getReason())).toList();
    }

    /** The committee's early end of the given phase (when, by whom, its public reason), if it ended early. */
    public java.util.Optional<ConsultationChange> earlyClose(Long id, Phase phase) {
        return changes(id).stream().filter(c -> "PHASE_CLOSED_EARLY".equals(c.kind()) && phase.name().equals(c.detail()))
                .reduce((first, later) -> later);
    }

    /** Summaries of the given published consultations, in the order of the ids; two statements. */
    public List<ConsultationSummary> summariesOf(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Consultation> found = consultations.findAllById(ids).stream().filter(Consultation::isPublished)
                .collect(Collectors.toMap(Consultation::getId, c -> c));
        List<Consultation> ordered = ids.stream().distinct().map(found::get).filter(Objects::nonNull).toList();
        return summaries(new PageImpl<>(ordered), now()).getContent();
    }

    /**
     * The phase now, read with a shared lock on the consultation held until the caller's
     * transaction ends. A phase change writes the consultation row before it is announced, so it
     * waits for the transactions holding this lock (votes in flight), and those starting after it
     * see the new phase: nothing is stored in a phase that has already ended. One statement.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Phase phaseHeld(Long id) {
        return phaseLock.sharedDates(id).orElseThrow(ConsultationService::notFound).phaseAt(now());
    }

    /** Who may take part in a published consultation, and its phase now. */
    public ConsultationScope scopeOf(Long id) {
        Consultation c = consultations.findById(id).filter(Consultation::isPublished).orElseThrow(ConsultationService::notFound);
        return new ConsultationScope(c.getId(), c.getCommunityId(), c.isWholeCommunity(), c.getGridIds(), c.getCategoryIds(),
                c.getEndorsementThreshold(), c.phaseAt(now()));
    }

    private boolean announce(Consultation consultation) {
        Phase phase = consultation.phaseAt(now());
        if (phase == consultation.getAnnouncedPhase()) {
            return false;
        }
        Phase before = consultation.announce(phase);
        // written now, not at commit: the row lock makes the listeners (a vote's close) wait for the
        // writes that read the phase under a shared lock (phaseHeld, the ballot window trigger)
        consultations.saveAndFlush(consultation);
        record(consultation.getId(), "PHASE_CHANGED", phase.name(), null);
        events.publishEvent(new ConsultationPhaseChanged(consultation.getId(), consultation.getCommunityId(), before, phase));
        return true;
    }

    private void apply(Consultation consultation, ConsultationForm form) {
        consultation.describe(form.title().strip(), form.description());
        consultation.scope(form.wholeCommunity(), form.wholeCommunity() ? Set.of() : form.gridIds(), form.categoryIds(),
                form.endorsementThreshold());
        consultation.schedule(form.dates());
    }

    private void checkScope(ConsultationForm form) {
        if (!form.wholeCommunity()) {
            if (form.gridIds().isEmpty()) {
                throw InvalidInput.of("gridIds", "consultation.error.no-grid");
            }
            Set<Long> ofCommunity = places.activeGridsOf(form.communityId()).stream().map(GridSummary::id).collect(Collectors.toSet());
            if (!ofCommunity.containsAll(form.gridIds())) {
                throw InvalidInput.of("gridIds", "consultation.error.grid-outside");
            }
        }
        Set<Long> active = categories.activeCategories().stream().map(CategorySummary::id).collect(Collectors.toSet());
        if (!active.containsAll(form.categoryIds())) {
            throw InvalidInput.of("categoryIds", "consultation.error.category-unknown");
        }
    }

    private static void checkDates(PhaseDates dates) {
        if (!dates.ordered()) {
            throw InvalidInput.of("votingCloseAt", "consultation.error.dates-order");
        }
    }

    /** Which dates moved, refusing any that moves backwards or that has already passed. */
    private List<DecisionChain.Move> checkForward(PhaseDates old, PhaseDates proposed) {
        LocalDateTime now = now();
        List<DecisionChain.Move> moved = new ArrayList<>();
        String[] names = {"proposalsOpenAt", "proposalsCloseAt", "votingOpenAt", "votingCloseAt"};
        LocalDateTime[] before = {old.proposalsOpenAt(), old.proposalsCloseAt(), old.votingOpenAt(), old.votingCloseAt()};
        LocalDateTime[] after = {proposed.proposalsOpenAt(), proposed.proposalsCloseAt(), proposed.votingOpenAt(), proposed.votingCloseAt()};
        for (int i = 0; i < names.length; i++) {
            if (before[i].equals(after[i])) {
                continue;
            }
            if (after[i].isBefore(before[i])) {
                throw InvalidInput.of(names[i], "consultation.error.date-backwards");
            }
            if (!before[i].isAfter(now)) {
                throw InvalidInput.of(names[i], "consultation.error.date-passed");
            }
            moved.add(new DecisionChain.Move(names[i], before[i], after[i]));
        }
        return moved;
    }

    private void record(Long id, String kind, String detail, String reason) {
        changes.save(new ChangeRecord(id, now(), currentUser.get().map(u -> u.id()).orElse(null), kind, detail, reason));
    }

    private Consultation mine(Long id) {
        Consultation consultation = consultations.findById(id).orElseThrow(ConsultationService::notFound);
        requireCommitteeOf(consultation.getCommunityId());
        return consultation;
    }

    private Consultation visible(Long id) {
        return consultations.findById(id).filter(c -> c.isPublished() || isCommitteeOf(c.getCommunityId()))
                .orElseThrow(ConsultationService::notFound);
    }

    private boolean isCommitteeOf(Long communityId) {
        return currentUser.get().map(u -> roles.committeeCommunities(u.id()).contains(communityId)).orElse(false);
    }

    private void requireCommitteeOf(Long communityId) {
        if (!isCommitteeOf(communityId)) {
            throw new AccessDeniedException("not a committee member of community " + communityId);
        }
    }

    private Page<ConsultationSummary> summaries(Page<Consultation> page, LocalDateTime now) {
        Map<Long, String> names = places.communitiesOf(page.map(Consultation::getCommunityId).toSet()).stream()
                .collect(Collectors.toMap(CommunitySummary::id, CommunitySummary::name));
        return page.map(c -> new ConsultationSummary(c.getId(), c.getCommunityId(), names.get(c.getCommunityId()), c.getTitle(),
                c.phaseAt(now), c.dates(), c.getPublishedAt()));
    }

    private String communityName(Long communityId) {
        return places.community(communityId).map(CommunitySummary::name).orElse("");
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static InvalidInput notFound() {
        return InvalidInput.of(null, "consultation.error.not-found");
    }

    // ---- budget consultations (issue 17) ----

    /** The consultation's budget, empty for an ordinary consultation. Public. */
    public java.util.Optional<Budget> budget(Long id) {
        return consultations.findById(id).filter(c -> c.getBudgetTotalYuan() != null)
                .map(c -> new Budget(c.getId(), c.getBudgetTotalYuan(), c.getBudgetMaxProjectYuan()));
    }

    /**
     * Makes the consultation a budget consultation, changes its budget, or ({@code form == null})
     * makes it ordinary again. Only its community's committee (AccessDeniedException), and only until
     * voting opens ({@code consultation.error.budget-locked}); removing it only while no proposal has
     * a cost ({@code consultation.error.budget-costed}). A cap above the total:
     * {@code consultation.error.budget-cap}. Recorded in the change record. Proposals already costed
     * above a lowered cap keep their cost and are flagged in review.
     */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public void setBudget(Long id, BudgetForm form) {
        if (form != null) {
            validator.check(form);
        }
        // the row locked first: a phase change into voting waits for this change, or this one sees it
        phaseLock.exclusive(id);
        Consultation consultation = mine(id);
        Phase phase = consultation.phaseAt(now());
        if (phase == Phase.VOTING || phase == Phase.CLOSED) {
            throw InvalidInput.of(null, "consultation.error.budget-locked");
        }
        if (form == null) {
            if (consultation.getBudgetTotalYuan() == null) {
                return;
            }
            if (costedProposals.stream().anyMatch(c -> c.anyCosted(id))) {
                throw InvalidInput.of(null, "consultation.error.budget-costed");
            }
            consultation.budget(null, null);
            record(id, "BUDGET_REMOVED", null, null);
            return;
        }
        if (form.maxProjectYuan() != null && form.maxProjectYuan() > form.totalYuan()) {
            throw InvalidInput.of("maxProjectYuan", "consultation.error.budget-cap");
        }
        if (form.totalYuan().equals(consultation.getBudgetTotalYuan())
                && Objects.equals(form.maxProjectYuan(), consultation.getBudgetMaxProjectYuan())) {
            return;
        }
        consultation.budget(form.totalYuan(), form.maxProjectYuan());
        record(id, "BUDGET_SET", form.totalYuan() + (form.maxProjectYuan() == null ? "" : " / " + form.maxProjectYuan()), null);
    }
}
