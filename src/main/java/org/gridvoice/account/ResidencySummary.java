package org.gridvoice.account;

import java.time.LocalDateTime;

/** A residency request; {@code residentPhone} is whole for the resident and administrators, masked (138****1234) for other staff, or null. */
public record ResidencySummary(Long id, Long userId, String residentName, String residentEmail,
                               Long communityId, String communityName, Long gridId, String gridName,
                               String building, String unit, String room, ResidencyStatus status,
                               LocalDateTime requestedAt, LocalDateTime decidedAt, String decisionReason,
                               LocalDateTime revokedAt, String revokeReason, String residentPhone) {

    /** Without the resident's number. */
    public ResidencySummary(Long id, Long userId, String residentName, String residentEmail,
                            Long communityId, String communityName, Long gridId, String gridName,
                            String building, String unit, String room, ResidencyStatus status,
                            LocalDateTime requestedAt, LocalDateTime decidedAt, String decisionReason,
                            LocalDateTime revokedAt, String revokeReason) {
        this(id, userId, residentName, residentEmail, communityId, communityName, gridId, gridName, building, unit, room, status,
                requestedAt, decidedAt, decisionReason, revokedAt, revokeReason, null);
    }

    public String address() {
        return building + " / " + unit + " / " + room;
    }
}
