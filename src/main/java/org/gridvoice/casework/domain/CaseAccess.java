package org.gridvoice.casework.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.RoleService;
import org.gridvoice.casework.CaseActions;
import org.gridvoice.casework.CaseStep;
import org.gridvoice.responsibility.ResponsibilityService;
import org.gridvoice.responsibility.StreetOffices;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Which parts the signed-in person plays on a case (its office's staff or lead, a co-handling
 * office's staff, the street coordinator's staff, a resident asked to confirm), and the case's
 * lifecycle judging them: {@link #require} for the services, {@link #actions} for the case page.
 */
@Component
public class CaseAccess {

    private final CurrentUser currentUser;
    private final RoleService roles;
    private final ResponsibilityService responsibilities;
    private final CaseStore store;
    private final FeedbackStore feedback;

    CaseAccess(CurrentUser currentUser, RoleService roles, ResponsibilityService responsibilities, CaseStore store, FeedbackStore feedback) {
        this.currentUser = currentUser;
        this.roles = roles;
        this.responsibilities = responsibilities;
        this.store = store;
        this.feedback = feedback;
    }

    public Long coordinatorOf(long streetId) {
        return responsibilities.streetOffices(streetId).map(StreetOffices::coordinatorOfficeId).orElse(null);
    }

    public Set<Long> myOffices() {
        return currentUser.get().map(u -> roles.officesOf(u.id())).orElse(Set.of());
    }

    /** The case's lifecycle now, with its street's coordinator office; lock the row first when about to change it. */
    public Case lifecycle(CaseStore.State state) {
        return store.lifecycle(state.id(), coordinatorOf(state.streetId()));
    }

    /** The parts the signed-in person plays on the case; none for a visitor. */
    public Set<CaseRole> rolesOf(CaseStore.State state) {
        Set<CaseRole> parts = EnumSet.noneOf(CaseRole.class);
        Long me = currentUser.get().map(u -> u.id()).orElse(null);
        if (me == null) {
            return parts;
        }
        Set<Long> mine = roles.officesOf(me);
        if (mine.contains(state.officeId())) {
            parts.add(CaseRole.OWNER_STAFF);
        }
        if (roles.ledOffices(me).contains(state.officeId())) {
            parts.add(CaseRole.OWNER_LEAD);
        }
        if (myCoOffice(state).isPresent()) {
            parts.add(CaseRole.CO_OFFICE_STAFF);
        }
        Long coordinator = coordinatorOf(state.streetId());
        if (coordinator != null && mine.contains(coordinator)) {
            parts.add(CaseRole.COORDINATOR_STAFF);
        }
        if (feedback.awaits(state.id(), me)) {
            parts.add(CaseRole.ASKED_RESIDENT);
        }
        return parts;
    }

    /** The co-handling office I work for on this case, unless I work for the office that owns it. */
    public Optional<Long> myCoOffice(CaseStore.State state) {
        Set<Long> mine = myOffices();
        if (mine.isEmpty() || mine.contains(state.officeId())) {
            return Optional.empty();
        }
        return store.coOffices(state.id()).stream().filter(mine::contains).findFirst();
    }

    /**
     * A name its author chose not to show publicly: those who see internal notes, and the committee of
     * the case's community (they saw it on the proposal already).
     */
    public boolean seesHiddenAuthor(CaseStore.State state) {
        return seesInternal(state) || currentUser.get()
                .map(me -> roles.committeeCommunities(me.id()).contains(state.communityId())).orElse(false);
    }

    /** Internal notes: the owning office's staff and the coordinator's. */
    public boolean seesInternal(CaseStore.State state) {
        return seesInternal(rolesOf(state));
    }

    private static boolean seesInternal(Set<CaseRole> parts) {
        return parts.contains(CaseRole.OWNER_STAFF) || parts.contains(CaseRole.COORDINATOR_STAFF);
    }

    /** What the signed-in person may do with the case now: exactly the steps {@link #require} lets through. */
    public CaseActions actions(CaseStore.State state) {
        Set<CaseRole> parts = rolesOf(state);
        Case c = lifecycle(state);
        return new CaseActions(c.steps(parts), seesInternal(parts), parts.contains(CaseRole.CO_OFFICE_STAFF), c.transferGoesToCoordinator());
    }

    /**
     * Refuses the step unless the case's lifecycle allows it for someone playing {@code parts}:
     * {@link InvalidInput} with the lifecycle's reason, or {@link AccessDeniedException} when it is not
     * their case to act on. Returns the signed-in person's id (null for the system).
     */
    public Long require(Case c, CaseStep step, Set<CaseRole> parts) {
        StepVerdict verdict = c.check(step, parts);
        if (verdict.notYours()) {
            throw new AccessDeniedException("no part in " + step + " on case " + c.id());
        }
        if (!verdict.allowed()) {
            throw InvalidInput.of(null, verdict.refusalKey());
        }
        return parts.contains(CaseRole.SYSTEM) ? null : currentUser.requireId();
    }
}
