package org.gridvoice.moderation;

import java.time.LocalDateTime;
import java.util.List;
import org.gridvoice.shared.ContentRef;

/** An item in the committee's queue, with the reasons people gave. */
public record ModerationItem(ContentRef target, Long communityId, String authorName, ModerationStatus status, int openFlags,
                             List<FlagReason> reasons, List<String> notes, LocalDateTime updatedAt) {
}
