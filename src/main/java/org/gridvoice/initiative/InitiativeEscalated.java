package org.gridvoice.initiative;

import java.util.List;

/** The committee missed an initiative's deadline: the street coordinator's office leads and the committee are named here. */
public record InitiativeEscalated(Long initiativeId, String title, Long communityId, List<Long> coordinatorIds, List<Long> committeeIds) {

    public InitiativeEscalated {
        coordinatorIds = List.copyOf(coordinatorIds);
        committeeIds = List.copyOf(committeeIds);
    }
}
