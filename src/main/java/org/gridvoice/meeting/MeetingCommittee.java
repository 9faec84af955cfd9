package org.gridvoice.meeting;

import java.util.Set;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.RoleService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Only the committee of a meeting's community schedules, changes and minutes it. */
@Component
class MeetingCommittee {

    private final RoleService roles;
    private final CurrentUser currentUser;

    MeetingCommittee(RoleService roles, CurrentUser currentUser) {
        this.roles = roles;
        this.currentUser = currentUser;
    }

    /** The signed-in member's id; AccessDeniedException unless they serve on the community's committee. */
    Long require(Long communityId) {
        Long me = currentUser.requireId();
        if (!roles.committeeCommunities(me).contains(communityId)) {
            throw new AccessDeniedException("not a committee member of community " + communityId);
        }
        return me;
    }

    /** Whether the signed-in reader (if any) serves on the community's committee. */
    boolean isMember(Long communityId) {
        return currentUser.get().map(u -> roles.committeeCommunities(u.id()).contains(communityId)).orElse(false);
    }

    Set<Long> communities() {
        return currentUser.get().map(u -> roles.committeeCommunities(u.id())).orElse(Set.of());
    }
}
