package org.gridvoice.casework;

import java.time.LocalDateTime;

/** One step on a case's timeline, with names to show. */
public record CaseEvent(LocalDateTime at, CaseEventKind kind, String actor, String office, String toOffice, String note, boolean internal) {
}
