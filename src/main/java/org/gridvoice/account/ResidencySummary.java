package org.gridvoice.account;

import java.time.LocalDateTime;

public record ResidencySummary(Long id, Long userId, String residentName, String residentEmail,
                               Long communityId, String communityName, Long gridId, String gridName,
                               String building, String unit, String room, ResidencyStatus status,
                               LocalDateTime requestedAt, LocalDateTime decidedAt, String decisionReason,
                               LocalDateTime revokedAt, String revokeReason) {

    public String address() {
        return building + " / " + unit + " / " + room;
    }
}
