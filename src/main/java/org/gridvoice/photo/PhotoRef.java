package org.gridvoice.photo;

/** A stored photo as screens show it: the display size's dimensions and where its two sizes are served. */
public record PhotoRef(long id, int width, int height, boolean internal, PhotoLabel label, String thumbUrl, String displayUrl) {
}
