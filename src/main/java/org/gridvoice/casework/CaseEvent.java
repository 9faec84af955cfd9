package org.gridvoice.casework;

import java.time.LocalDateTime;

/**
 * One step on a case's timeline, with names to show. A resident's answers ({@link CaseEventKind#CONFIRMED})
 * carry their {@code confirmation}, whose comment is the step's note; other steps have none.
 */
public record CaseEvent(LocalDateTime at, CaseEventKind kind, String actor, String office, String toOffice, String note, boolean internal,
                        Confirmation confirmation) {
}
