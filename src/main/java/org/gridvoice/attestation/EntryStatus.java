package org.gridvoice.attestation;

/** Where a staff entry stands: waiting for the resident, attested (created), rejected by them, or expired after 14 days. */
public enum EntryStatus {
    PENDING, ATTESTED, REJECTED, EXPIRED
}
