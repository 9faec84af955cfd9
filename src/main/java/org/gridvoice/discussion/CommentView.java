package org.gridvoice.discussion;

import java.time.LocalDateTime;

/**
 * A comment as a reader sees it. A deleted comment keeps its place with an empty body; a hidden
 * one shows the committee's reason instead of its text. {@code bodyHtml} is rendered and sanitised;
 * {@code markdown} is what the author wrote, given only to the author for editing. {@code enteredByName}
 * names the staff member who entered it for its author (代录), or is null.
 */
public record CommentView(Long id, Long parentId, int depth, Long authorId, String authorName, String bodyHtml, Stance stance,
                          int upvotes, boolean upvotedByMe, LocalDateTime createdAt, boolean edited, boolean deleted,
                          boolean hidden, String hiddenReason, boolean mine, boolean editable, long version, String markdown,
                          String enteredByName) {
}
