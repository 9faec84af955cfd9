package org.gridvoice.account;

/** A verified resident with the address the committee approved. */
public record VerifiedResident(Long userId, Long communityId, Long gridId, String building, String unit, String room) {
}
