package org.gridvoice.discussion;

import java.time.LocalDateTime;
import org.gridvoice.shared.ContentRef;

/** One of the signed-in person's comments: where it is, the start of its text, and whether it was hidden or deleted. */
public record MyComment(Long id, ContentRef target, String excerpt, Stance stance, int upvotes, LocalDateTime createdAt,
                        boolean hidden, boolean deleted) {
}
