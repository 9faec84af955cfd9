package org.gridvoice.casework;

import java.time.LocalDateTime;

/** A public step of a case's timeline and the audit chain entry that covers it, readable at {@code href}. */
public record CaseChainLink(CaseEventKind kind, LocalDateTime at, long seq, String href) {
}
