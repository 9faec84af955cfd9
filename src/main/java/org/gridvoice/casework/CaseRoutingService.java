package org.gridvoice.casework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.RoleService;
import org.gridvoice.casework.domain.CaseAudience;
import org.gridvoice.casework.domain.CaseBackers;
import org.gridvoice.casework.domain.CaseStore;
import org.gridvoice.casework.domain.RoutedCases;
import org.gridvoice.casework.domain.Snapshots;
import org.gridvoice.responsibility.ResponsibilityService;
import org.gridvoice.responsibility.Routing;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.place.OfficeService;
import org.gridvoice.place.OfficeSummary;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.proposal.ProposalSummary;
import org.gridvoice.shared.validation.InputValidator;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.voting.ResultLine;
import org.gridvoice.voting.ResultService;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.voting.VotingResult;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routing accepted proposals into cases, by the consultation's committee. Routing takes an
 * immutable snapshot of what residents wrote and decided, and sends the case where the
 * responsibility list says.
 */
@Service
@Transactional(readOnly = true)
public class CaseRoutingService {

    private final RoutedCases routed;
    private final Snapshots snapshots;
    private final CaseStore store;
    private final ResponsibilityService responsibilities;
    private final ConsultationService consultations;
    private final ProposalService proposals;
    private final ResultService results;
    private final OfficeService offices;
    private final RoleService roles;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final CaseAudience audience;
    private final CaseBackers backers;
    private final Clock clock;

    CaseRoutingService(RoutedCases routed, Snapshots snapshots, CaseStore store, ResponsibilityService responsibilities,
                       ConsultationService consultations, ProposalService proposals, ResultService results, OfficeService offices,
                       RoleService roles, CurrentUser currentUser, InputValidator validator, CaseAudience audience, CaseBackers backers, Clock clock) {
        this.routed = routed;
        this.snapshots = snapshots;
        this.store = store;
        this.responsibilities = responsibilities;
        this.consultations = consultations;
        this.proposals = proposals;
        this.results = results;
        this.offices = offices;
        this.roles = roles;
        this.currentUser = currentUser;
        this.validator = validator;
        this.audience = audience;
        this.backers = backers;
        this.clock = clock;
    }

    /**
     * The accepted proposals of a closed consultation, each with its case once routed (its committee only).
     * Throws AccessDeniedException for anyone else.
     */
    @PreAuthorize("hasRole('COMMITTEE')")
    public List<RoutableProposal> routable(Long consultationId) {
        requireCommittee(consultationId);
        List<Long> accepted = accepted(consultationId);
        Map<Long, RoutedCases.Routed> cases = routed.routedOf(accepted);
        Map<Long, String> officeNames = offices.officesOf(cases.values().stream().map(RoutedCases.Routed::officeId).toList()).stream()
                .collect(Collectors.toMap(OfficeSummary::id, OfficeSummary::name));
        LocalDateTime now = LocalDateTime.now(clock);
        return proposals.summariesOf(accepted).stream().map(p -> {
            RoutedCases.Routed r = cases.get(p.id());
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

    /**
     * Routes one accepted proposal into a case; returns the case id. Throws AccessDeniedException
     * when the reader is not on the consultation's committee, InvalidInput
     * ({@code casework.error.not-accepted}) when the vote did not accept it, ({@code casework.error.routed})
     * when it has a case already, or when the street has no office to send it to.
     */
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
        Snapshots.Taken taken = snapshots.take(summary, result, line);
        String note = form == null || form.note() == null || form.note().isBlank() ? null : form.note().strip();
        Long caseId;
        try {
            caseId = routed.insert(taken.origin(), routing, now, me, note, taken.snapshot(), taken.body());
        } catch (DuplicateKeyException routedAlready) {
            throw InvalidInput.of(null, "casework.error.routed");
        }
        if (result.method() == VotingMethod.BUDGET) {
            // a funded project carries the cost it was funded at (fixed when voting opened) as its budget
            long budget = results.budgetResult(summary.consultationId()).flatMap(b -> b.lines().stream()
                    .filter(l -> l.proposalId() == proposalId).findFirst()).orElseThrow().costYuan();
            store.setBudget(caseId, budget);
        }
        store.event(caseId, now, CaseEventKind.ROUTED, me, null, routing.officeId(), note, false);
        audience.announce(caseId, CaseEventKind.ROUTED, routing.officeId(), null, false);
        return caseId;
    }

    /**
     * Routes a proposal a residents' meeting accepted into a case; returns the case id. The case's
     * snapshot keeps the meeting's record ({@code line}) where a vote line would be. Only the meeting
     * module calls this, after checking that the item linking the proposal passed at the meeting (the
     * signed-in user must still be on the committee of the proposal's community: AccessDeniedException).
     * Throws InvalidInput ({@code casework.error.not-accepted}) when the proposal is not accepted,
     * ({@code casework.error.routed}) when it has a case already, or when the street has no office.
     */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public Long routeMeetingDecision(Long proposalId, MeetingLine line) {
        ProposalSummary summary = proposals.summaryOf(proposalId);
        Long me = requireCommittee(summary.consultationId());
        if (line == null || summary.status() != org.gridvoice.proposal.ProposalStatus.ACCEPTED) {
            throw InvalidInput.of(null, summary.status() == org.gridvoice.proposal.ProposalStatus.ROUTED ? "casework.error.routed"
                    : "casework.error.not-accepted");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Routing routing = responsibilities.route(summary.categoryId(), summary.gridId(), now);
        Snapshots.Taken taken = snapshots.take(summary, line);
        Long caseId;
        try {
            caseId = routed.insert(taken.origin(), routing, now, me, null, taken.snapshot(), taken.body());
        } catch (DuplicateKeyException routedAlready) {
            throw InvalidInput.of(null, "casework.error.routed");
        }
        store.event(caseId, now, CaseEventKind.ROUTED, me, null, routing.officeId(), null, false);
        audience.announce(caseId, CaseEventKind.ROUTED, routing.officeId(), null, false);
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
     * Routes a resident's request the moment it is filed (no vote, no committee): the responsibility
     * list names the office, the case gets the request's snapshot and its requester stands behind it.
     * Returns the case id. The requester must be the signed-in resident; an outside system (Open311
     * client, signed in as such) may file for anyone. Throws InvalidInput when the street has no
     * office to send it to, or the grid or category is unknown.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Long routeRequest(RequestCase request) {
        currentUser.get().ifPresent(me -> {
            if (!me.id().equals(request.requesterId())) {
                throw new AccessDeniedException("a resident files requests in their own name only");
            }
        });
        return routeFiled(request);
    }

    /**
     * Routes a request staff entered for a resident (代录) once the resident attested it — by a code,
     * a slip or before a witness, possibly signed out or through a staff member's session: the
     * attestation module has checked that it is the requester's own, so the signed-in user is not.
     */
    @Transactional
    public Long routeAttestedRequest(RequestCase request) {
        if (request.requesterId() == null) {
            throw new AccessDeniedException("an attested request has its resident");
        }
        return routeFiled(request);
    }

    private Long routeFiled(RequestCase request) {
        LocalDateTime now = LocalDateTime.now(clock);
        Routing routing = responsibilities.route(request.categoryId(), request.gridId(), now);
        Snapshots.Taken taken = snapshots.take(request);
        Long caseId;
        try {
            caseId = routed.insert(taken.origin(), routing, now, null, null, taken.snapshot(), taken.body());
        } catch (DuplicateKeyException routedAlready) {
            throw InvalidInput.of(null, "casework.error.routed");
        }
        if (request.requesterId() != null) {
            backers.add(caseId, request.requesterId(), CaseBackers.REQUESTER, now);
        }
        store.event(caseId, now, CaseEventKind.ROUTED, null, null, routing.officeId(), null, false);
        audience.announce(caseId, CaseEventKind.ROUTED, routing.officeId(), null, false);
        return caseId;
    }

    /**
     * The signed-in resident says "me too" (同诉) to a request's open case: they count as its demand,
     * hear of its public steps and are asked to confirm its resolution. Returns false when they stand
     * behind it already. Throws InvalidInput ({@code casework.error.support-closed}) once the case is
     * resolved or closed, ({@code casework.error.not-a-request}) for a proposal's case.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public boolean support(Long caseId) {
        Long me = currentUser.requireId();
        CaseStore.State c = store.lock(caseId).orElseThrow(CaseWorkflow::notFound);
        if (c.source() != CaseSource.REQUEST) {
            throw InvalidInput.of(null, "casework.error.not-a-request");
        }
        if (!c.status().open()) {
            throw InvalidInput.of(null, "casework.error.support-closed");
        }
        return backers.add(caseId, me, CaseBackers.SUPPORTER, LocalDateTime.now(clock));
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
