package org.gridvoice.photo;

/** Whether a photo shows the problem (before) or the fix (after). */
public enum PhotoLabel {
    NONE, BEFORE, AFTER
}
