package org.gridvoice.initiative;

import java.time.LocalDateTime;
import java.util.List;

/** An initiative reached its threshold: the committee (named here) must schedule a meeting by {@code deadlineAt}. */
public record InitiativeThresholdMet(Long initiativeId, String title, Long communityId, LocalDateTime deadlineAt, Long openerId,
                                     List<Long> committeeIds) {

    public InitiativeThresholdMet {
        committeeIds = List.copyOf(committeeIds);
    }
}
