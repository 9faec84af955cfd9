package org.gridvoice.moderation;

import org.gridvoice.shared.ContentRef;

/**
 * Published when a committee hides or restores content (or dismisses flags that had hidden it), so its
 * author can be told; {@code route} opens the content in place, null when its module does not say.
 */
public record ContentModerated(ContentRef target, Long authorId, Long communityId, String action, String reason, String route) {
}
