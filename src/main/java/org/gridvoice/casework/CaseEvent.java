package org.gridvoice.casework;

import java.time.LocalDateTime;
import java.util.List;
import org.gridvoice.photo.PhotoRef;

/**
 * One step on a case's timeline, with names to show. A resident's answers ({@link CaseEventKind#CONFIRMED})
 * carry their {@code confirmation}, whose comment is the step's note; other steps have none. {@code photos}
 * are the office's photos on the step (before / after on a resolution), only those the reader may see.
 */
public record CaseEvent(Long id, LocalDateTime at, CaseEventKind kind, String actor, String office, String toOffice, String note,
                        boolean internal, Confirmation confirmation, List<PhotoRef> photos) {

    public CaseEvent {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }
}
