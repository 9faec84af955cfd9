package org.gridvoice.attestation;

import java.time.LocalDateTime;

/** A printable slip: the wording and a one-time code the resident enters on the public attest page (shown only here, stored hashed). */
public record Slip(long entryId, String residentName, String staffName, String wording, String code, LocalDateTime validUntil) {
}
