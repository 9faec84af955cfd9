package org.gridvoice.survey;

import java.util.Optional;
import java.util.Set;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.ResidencyService;
import org.gridvoice.account.RoleService;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.account.StaffScope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who may do what with a community's survey: its committee, its verified residents (of its grids), the staff serving it. */
@Component
class SurveyGate {

    private final RoleService roles;
    private final ResidencyService residencies;
    private final StaffScope staff;
    private final CurrentUser currentUser;

    SurveyGate(RoleService roles, ResidencyService residencies, StaffScope staff, CurrentUser currentUser) {
        this.roles = roles;
        this.residencies = residencies;
        this.staff = staff;
        this.currentUser = currentUser;
    }

    Optional<Long> me() {
        return currentUser.get().map(SignedInUser::id);
    }

    /** The signed-in member's id, or AccessDeniedException when they are not on the community's committee. */
    Long requireCommittee(Long communityId) {
        Long me = currentUser.requireId();
        if (!roles.committeeCommunities(me).contains(communityId)) {
            throw new AccessDeniedException("not a committee member of community " + communityId);
        }
        return me;
    }

    boolean isCommittee(Long communityId) {
        return me().map(id -> roles.committeeCommunities(id).contains(communityId)).orElse(false);
    }

    Set<Long> myCommittees() {
        return me().map(roles::committeeCommunities).orElse(Set.of());
    }

    /** The staff member's id, or AccessDeniedException when they do not serve the community. */
    Long requireStaff(Long communityId) {
        Long me = currentUser.requireId();
        if (!staff.serves(me, communityId)) {
            throw new AccessDeniedException("not serving community " + communityId);
        }
        return me;
    }

    /** A verified resident of the community, or of one of the grids when some are named. */
    boolean isResident(Long userId, Long communityId, Set<Long> gridIds) {
        if (userId == null) {
            return false;
        }
        return gridIds.isEmpty() ? residencies.isVerifiedResidentOfCommunity(userId, communityId)
                : gridIds.stream().anyMatch(g -> residencies.isVerifiedResidentOfGrid(userId, g));
    }
}
