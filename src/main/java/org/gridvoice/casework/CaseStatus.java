package org.gridvoice.casework;

/** NEW → ACCEPTED → IN_PROGRESS → RESOLVED → CLOSED, or back to IN_PROGRESS when residents say it is not resolved (重办). */
public enum CaseStatus {
    NEW,
    ACCEPTED,
    IN_PROGRESS,
    RESOLVED,
    CLOSED;

    /** The Lumo badge theme every screen shows this status in (new: plain, being worked: contrast, done: success). */
    public String badgeTheme() {
        return switch (this) {
            case NEW -> "badge";
            case ACCEPTED, IN_PROGRESS -> "badge contrast";
            case RESOLVED, CLOSED -> "badge success";
        };
    }

    public boolean open() {
        return this == NEW || this == ACCEPTED || this == IN_PROGRESS;
    }
}
