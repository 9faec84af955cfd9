package org.gridvoice.photo;

/** The two stored sizes of every photo, each a JPEG. */
public enum PhotoSize {
    /** 320 px on the long side, for lists and pickers. */
    THUMB,
    /** 1600 px on the long side (never upscaled), for viewing. */
    DISPLAY
}
