package org.gridvoice.account;

import java.util.HashSet;
import java.util.Set;
import org.gridvoice.place.GridSummary;
import org.gridvoice.place.OfficeKind;
import org.gridvoice.place.OfficeService;
import org.gridvoice.place.PlaceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The communities a staff member serves in person: as a member of the residents' committee, or as
 * an officer of a grid station (网格站) whose grids lie in the community. Staff enter input for
 * residents, witness and record paper ballots only there.
 */
@Service
@Transactional(readOnly = true)
public class StaffScope {

    private final RoleService roles;
    private final OfficeService offices;
    private final PlaceService places;

    StaffScope(RoleService roles, OfficeService offices, PlaceService places) {
        this.roles = roles;
        this.offices = offices;
        this.places = places;
    }

    public Set<Long> communitiesServedBy(Long userId) {
        Set<Long> communities = new HashSet<>(roles.committeeCommunities(userId));
        Set<Long> gridIds = new HashSet<>();
        offices.officesOf(roles.officesOf(userId)).stream()
                .filter(o -> o.kind() == OfficeKind.GRID_STATION && !o.retired())
                .forEach(o -> gridIds.addAll(o.gridIds()));
        places.gridsOf(gridIds).stream().map(GridSummary::communityId).forEach(communities::add);
        return communities;
    }

    public boolean serves(Long userId, Long communityId) {
        return communityId != null && communitiesServedBy(userId).contains(communityId);
    }
}
