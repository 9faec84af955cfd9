package org.gridvoice.casework;

/** A comment from the proposal's discussion as it stood when the case was routed. */
public record SnapshotComment(String stance, String author, String bodyHtml, int upvotes) {
}
