package org.gridvoice.discussion;

import org.gridvoice.shared.ContentRef;

/** Published when a comment or reply is posted; parentAuthorId is set for replies. */
public record CommentPosted(Long commentId, ContentRef target, Long authorId, Long parentAuthorId) {
}
