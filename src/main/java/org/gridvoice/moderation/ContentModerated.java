package org.gridvoice.moderation;

import org.gridvoice.shared.ContentRef;

/** Published when a committee hides or restores content, so its author can be told. */
public record ContentModerated(ContentRef target, Long authorId, Long communityId, String action, String reason) {
}
