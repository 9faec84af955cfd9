package org.gridvoice.open311;

/** A key just issued: {@code key} is shown to the administrator this once and never stored. */
public record IssuedKey(Open311ClientSummary client, String key) {
}
