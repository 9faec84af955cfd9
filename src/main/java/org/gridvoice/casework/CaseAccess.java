package org.gridvoice.casework;

import java.util.Optional;
import java.util.Set;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.RoleService;
import org.gridvoice.casework.domain.CaseStore;
import org.gridvoice.responsibility.ResponsibilityService;
import org.gridvoice.responsibility.StreetOffices;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may act on a case: the staff of the office that owns it (transfers and rejections by its
 * lead), the staff of the street's coordinator office, who assign escalated and rejected cases,
 * and the staff of its co-handling offices (协办), who post public updates and nothing else.
 */
@Component
class CaseAccess {

    private final CurrentUser currentUser;
    private final RoleService roles;
    private final ResponsibilityService responsibilities;
    private final CaseStore store;

    CaseAccess(CurrentUser currentUser, RoleService roles, ResponsibilityService responsibilities, CaseStore store) {
        this.currentUser = currentUser;
        this.roles = roles;
        this.responsibilities = responsibilities;
        this.store = store;
    }

    Long coordinatorOf(long streetId) {
        return responsibilities.streetOffices(streetId).map(StreetOffices::coordinatorOfficeId).orElse(null);
    }

    Set<Long> myOffices() {
        return currentUser.get().map(u -> roles.officesOf(u.id())).orElse(Set.of());
    }

    boolean isOwnerStaff(CaseStore.State state) {
        return myOffices().contains(state.officeId());
    }

    boolean isOwnerLead(CaseStore.State state) {
        return currentUser.get().map(u -> roles.ledOffices(u.id()).contains(state.officeId())).orElse(false);
    }

    boolean isCoordinator(CaseStore.State state) {
        Long coordinator = coordinatorOf(state.streetId());
        return coordinator != null && myOffices().contains(coordinator);
    }

    /** The co-handling office I work for on this case, unless I work for the office that owns it. */
    Optional<Long> myCoOffice(CaseStore.State state) {
        Set<Long> mine = myOffices();
        if (mine.isEmpty() || mine.contains(state.officeId())) {
            return Optional.empty();
        }
        return store.coOffices(state.id()).stream().filter(mine::contains).findFirst();
    }

    /** Public progress updates: the owning office's staff and the co-handling offices' staff (the one rule for the service and the screen). */
    boolean mayUpdate(CaseStore.State state) {
        return isOwnerStaff(state) || myCoOffice(state).isPresent();
    }

    boolean seesInternal(CaseStore.State state) {
        return isOwnerStaff(state) || isCoordinator(state);
    }

    Long requireOwnerStaff(CaseStore.State state) {
        if (!isOwnerStaff(state)) {
            throw new AccessDeniedException("not staff of office " + state.officeId());
        }
        return currentUser.requireId();
    }

    Long requireUpdater(CaseStore.State state) {
        if (!mayUpdate(state)) {
            throw new AccessDeniedException("not staff of the case's office or of a co-handling office");
        }
        return currentUser.requireId();
    }

    Long requireOwnerLead(CaseStore.State state) {
        if (!isOwnerLead(state)) {
            throw new AccessDeniedException("not the lead of office " + state.officeId());
        }
        return currentUser.requireId();
    }

    Long requireCoordinator(CaseStore.State state) {
        if (!isCoordinator(state)) {
            throw new AccessDeniedException("not staff of the coordinator office of street " + state.streetId());
        }
        return currentUser.requireId();
    }

    Long requireInternalReader(CaseStore.State state) {
        if (!seesInternal(state)) {
            throw new AccessDeniedException("not staff of the case's office or the coordinator");
        }
        return currentUser.requireId();
    }
}
