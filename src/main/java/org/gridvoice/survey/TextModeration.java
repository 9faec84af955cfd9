package org.gridvoice.survey;

/** A free-text answer waits for the committee, which shows it with the results or hides it. */
public enum TextModeration {
    PENDING,
    SHOWN,
    HIDDEN
}
