package org.gridvoice.account;

/** Published when a committee approves, rejects or revokes a residency. */
public record ResidencyDecided(Long residencyId, Long userId, Long communityId, Long gridId, ResidencyStatus status) {
}
