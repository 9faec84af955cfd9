package org.gridvoice.casework;

/** NEW → ACCEPTED → IN_PROGRESS → RESOLVED → CLOSED, or back to IN_PROGRESS when residents say it is not resolved (重办). */
public enum CaseStatus {
    NEW,
    ACCEPTED,
    IN_PROGRESS,
    RESOLVED,
    CLOSED;

    public boolean open() {
        return this == NEW || this == ACCEPTED || this == IN_PROGRESS;
    }
}
