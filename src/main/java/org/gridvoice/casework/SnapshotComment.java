package org.gridvoice.casework;

import org.gridvoice.discussion.Stance;

/** A comment from the proposal's discussion as it stood when the case was routed. */
public record SnapshotComment(Stance stance, String author, String bodyHtml, int upvotes) {
}
