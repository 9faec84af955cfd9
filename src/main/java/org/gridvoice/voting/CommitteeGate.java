package org.gridvoice.voting;

import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.RoleService;
import org.gridvoice.consultation.ConsultationService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Lets through only the committee of the consultation's own community. */
@Component
class CommitteeGate {

    private final ConsultationService consultations;
    private final RoleService roles;
    private final CurrentUser currentUser;

    CommitteeGate(ConsultationService consultations, RoleService roles, CurrentUser currentUser) {
        this.consultations = consultations;
        this.roles = roles;
        this.currentUser = currentUser;
    }

    /** The signed-in member's id, or AccessDeniedException when they are not on the consultation's committee. */
    Long requireCommitteeOf(Long consultationId) {
        Long me = currentUser.requireId();
        Long community = consultations.scopeOf(consultationId).communityId();
        if (!roles.committeeCommunities(me).contains(community)) {
            throw new AccessDeniedException("not a committee member of community " + community);
        }
        return me;
    }

    boolean isCommitteeOf(Long consultationId) {
        return currentUser.get().map(u -> roles.committeeCommunities(u.id()).contains(consultations.scopeOf(consultationId).communityId()))
                .orElse(false);
    }
}
