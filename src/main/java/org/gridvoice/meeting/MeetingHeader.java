package org.gridvoice.meeting;

import java.time.LocalDateTime;
import java.util.Set;

/** Who a meeting is for and where it stands: what every part of the meeting module checks before acting. */
public record MeetingHeader(Long id, Long communityId, MeetingKind kind, String title, MeetingStatus status, LocalDateTime startsAt,
                            boolean wholeCommunity, Set<Long> gridIds, boolean minutesPublished) {

    public MeetingHeader {
        gridIds = Set.copyOf(gridIds);
    }

    /** Whether a resident of this grid (in this community) is in the meeting's scope. */
    public boolean covers(Long gridId, Long gridCommunityId) {
        return wholeCommunity ? communityId.equals(gridCommunityId) : gridIds.contains(gridId);
    }
}
