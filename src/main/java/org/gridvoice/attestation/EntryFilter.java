package org.gridvoice.attestation;

/** Which entries the staff list shows: those of one status, or all when null. */
public record EntryFilter(EntryStatus status) {
}
