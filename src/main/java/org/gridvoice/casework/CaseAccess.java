package org.gridvoice.casework;

import java.util.Set;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.RoleService;
import org.gridvoice.casework.domain.CaseStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may act on a case: the staff of the office that owns it (transfers and rejections by its
 * lead), and the staff of the street's coordinator office, who assign escalated and rejected cases.
 */
@Component
class CaseAccess {

    private final CurrentUser currentUser;
    private final RoleService roles;
    private final ResponsibilityService responsibilities;

    CaseAccess(CurrentUser currentUser, RoleService roles, ResponsibilityService responsibilities) {
        this.currentUser = currentUser;
        this.roles = roles;
        this.responsibilities = responsibilities;
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

    boolean seesInternal(CaseStore.State state) {
        return isOwnerStaff(state) || isCoordinator(state);
    }

    Long requireOwnerStaff(CaseStore.State state) {
        if (!isOwnerStaff(state)) {
            throw new AccessDeniedException("not staff of office " + state.officeId());
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
