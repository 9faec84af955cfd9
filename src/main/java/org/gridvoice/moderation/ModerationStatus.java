package org.gridvoice.moderation;

public enum ModerationStatus {
    /** Flagged, still visible, waiting for review. */
    FLAGGED,
    /** Hidden automatically at the flag threshold, waiting for review. */
    HIDDEN_PENDING,
    HIDDEN,
    RESTORED,
    DISMISSED;

    public boolean awaitsReview() {
        return this == FLAGGED || this == HIDDEN_PENDING;
    }
}
