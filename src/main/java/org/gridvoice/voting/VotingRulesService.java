package org.gridvoice.voting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.gridvoice.account.Households;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.ResidencyService;
import org.gridvoice.account.RoleService;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.audit.AuditRecord;
import org.gridvoice.budgeting.BallotProject;
import org.gridvoice.budgeting.FeasibilityService;
import org.gridvoice.consultation.ConsultationDetails;
import org.gridvoice.consultation.ConsultationPhaseChanged;
import org.gridvoice.consultation.ConsultationScope;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.consultation.Phase;
import org.gridvoice.shared.validation.InputValidator;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.voting.domain.VotingStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A consultation's voting rules and electorate. The committee of its community sets the rules
 * until voting opens; when it opens they lock and the electorate is taken: the verified
 * residents of the scope at that moment, so later verifications do not change it. The locked rules
 * and the electorate's size go on the audit chain in that transaction.
 */
@Service
@Transactional(readOnly = true)
public class VotingRulesService {

    private final VotingStore store;
    private final ConsultationService consultations;
    private final ResidencyService residencies;
    private final RoleService roles;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final Clock clock;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final FeasibilityService feasibility;

    VotingRulesService(VotingStore store, ConsultationService consultations, ResidencyService residencies, RoleService roles,
                       CurrentUser currentUser, InputValidator validator, Clock clock, AuditLog audit, ApplicationEventPublisher events,
                       FeasibilityService feasibility) {
        this.feasibility = feasibility;
        this.events = events;
        this.audit = audit;
        this.store = store;
        this.consultations = consultations;
        this.residencies = residencies;
        this.roles = roles;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
    }

    /** The rules in force, or the defaults while the committee has chosen none (a budget vote for a budget consultation). */
    public VotingRules rules(Long consultationId) {
        return store.rules(consultationId).orElseGet(() -> new VotingRules(consultationId, defaults(consultationId), null, 0));
    }

    private VotingRulesForm defaults(Long consultationId) {
        VotingRulesForm plain = VotingRulesForm.defaults();
        return consultations.budget(consultationId).isEmpty() ? plain : withMethod(plain, VotingMethod.BUDGET);
    }

    private static VotingRulesForm withMethod(VotingRulesForm form, VotingMethod method) {
        return new VotingRulesForm(method, method == VotingMethod.APPROVAL ? form.approvalsPerVoter() : null,
                method == VotingMethod.APPROVAL ? form.acceptedCount() : null, form.quorumPercent(), form.thresholdPercent(),
                form.visibility(), form.onePerHousehold());
    }

    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public void setRules(Long consultationId, VotingRulesForm form) {
        validator.check(form);
        ConsultationDetails consultation = consultations.details(consultationId);
        if (!roles.committeeCommunities(currentUser.requireId()).contains(consultation.communityId())) {
            throw new AccessDeniedException("not a committee member of community " + consultation.communityId());
        }
        if (rules(consultationId).locked() || consultation.phase() == Phase.VOTING || consultation.phase() == Phase.CLOSED) {
            throw InvalidInput.of(null, "voting.error.rules-locked");
        }
        if ((form.method() == VotingMethod.BUDGET) != consultations.budget(consultationId).isPresent()) {
            throw InvalidInput.of("method", "voting.error.budget-method");
        }
        if (form.method() == VotingMethod.APPROVAL && (form.approvalsPerVoter() == null || form.acceptedCount() == null)) {
            throw InvalidInput.of(form.approvalsPerVoter() == null ? "approvalsPerVoter" : "acceptedCount", "voting.error.approval-needs-k-m");
        }
        store.save(consultationId, form);
    }

    /** The size of the electorate, in people or, under the household rule, in households. */
    public long electorate(Long consultationId) {
        return rules(consultationId).form().onePerHousehold() ? store.households(consultationId) : store.electorate(consultationId);
    }

    /** Everyone in the electorate snapshot (empty before voting opened), so all of them hear of the result. */
    public List<Long> electors(Long consultationId) {
        return java.util.Arrays.stream(store.electorIds(consultationId)).boxed().toList();
    }

    public boolean isElector(Long consultationId, Long userId) {
        return userId != null && store.isElector(consultationId, userId);
    }

    // in the transaction that opened voting: rules and electorate are fixed at that very moment
    @EventListener
    @Transactional
    void on(ConsultationPhaseChanged event) {
        if (event.to() != Phase.VOTING) {
            return;
        }
        // the budget can no longer change (it is locked with the phase): a budget consultation votes by budget
        // ballot, and only it does, whatever rules were chosen before its budget was set or removed
        var budgetOf = consultations.budget(event.consultationId());
        boolean budget = budgetOf.isPresent();
        store.rules(event.consultationId()).filter(r -> !r.locked() && (r.form().method() == VotingMethod.BUDGET) != budget)
                .ifPresent(r -> store.save(event.consultationId(), budget ? withMethod(r.form(), VotingMethod.BUDGET)
                        : withMethod(r.form(), VotingMethod.YES_NO_ABSTAIN)));
        if (!store.lock(event.consultationId(), LocalDateTime.now(clock), defaults(event.consultationId()))) {
            return;
        }
        String fixedBallot = "";
        if (budget) {
            // the ballot is fixed now: the feasible projects at their reviewed costs, on the chain with the rules
            var costs = new java.util.TreeMap<>(feasibility.ballot(event.consultationId()).stream()
                    .collect(java.util.stream.Collectors.toMap(BallotProject::proposalId, BallotProject::costYuan)));
            store.fixBudgetProjects(event.consultationId(), costs);
            fixedBallot = ", budget " + budgetOf.get().totalYuan() + ", costs " + costs;
        }
        ConsultationScope scope = consultations.scopeOf(event.consultationId());
        var electors = residencies.verifiedResidentsIn(scope.communityId(), scope.wholeCommunity() ? java.util.Set.of() : scope.gridIds())
                .stream().map(r -> new VotingStore.Elector(r.userId(), Households.key(r)))
                .toList();
        store.addElectors(event.consultationId(), electors);
        events.publishEvent(new VotingOpened(event.consultationId()));
        VotingRulesForm form = rules(event.consultationId()).form();
        // the committee's early close opens voting with someone signed in; the phase clock without
        String actor = currentUser.get().map(u -> "committee:" + u.id()).orElse("clock");
        audit.append(new AuditRecord("VOTING_RULES_LOCKED", "consultation", event.consultationId(), actor, "method " + form.method()
                + ", approvalsPerVoter " + form.approvalsPerVoter() + ", acceptedCount " + form.acceptedCount() + ", quorumPercent "
                + form.quorumPercent() + ", thresholdPercent " + form.thresholdPercent() + ", visibility " + form.visibility()
                + ", onePerHousehold " + form.onePerHousehold() + ", electorate " + electorate(event.consultationId()) + fixedBallot));
    }

}
