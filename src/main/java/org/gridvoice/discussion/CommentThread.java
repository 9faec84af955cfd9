package org.gridvoice.discussion;

import java.util.List;

/** One top-level comment with its replies (depth-first, oldest first). */
public record CommentThread(CommentView comment, List<CommentView> replies) {
}
