package org.gridvoice.attestation;

import java.time.LocalDateTime;

/**
 * A staff entry as its screens show it: who entered it for whom, the wording (null once erased),
 * how it stands, how it was attested or why it was rejected, and what it became.
 */
public record EntrySummary(long id, String kind, Long residentId, String residentName, Long staffId, String staffName, Long communityId,
                           String wording, EntryStatus status, LocalDateTime createdAt, LocalDateTime expiresAt, LocalDateTime decidedAt,
                           AttestationMethod method, String rejectReason, String itemRoute, String maskedPhone) {
}
