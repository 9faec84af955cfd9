package org.gridvoice.account;

/**
 * A verified resident as staff see them when entering input for them: name, where they live (the
 * approved residency) and their phone masked (null when they have none).
 */
public record ResidentCard(Long userId, String name, Long communityId, Long gridId, String grid, String building, String unit, String room,
                           String maskedPhone) {
}
