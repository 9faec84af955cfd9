package org.gridvoice.attestation;

import java.time.LocalDateTime;

/** What the holder of a slip code (or the signed-in resident) sees of an entry: the wording and who entered it. */
public record PublicEntry(long id, String kind, String staffName, String wording, LocalDateTime createdAt, LocalDateTime expiresAt) {
}
