package org.gridvoice.photo;

/** One stored size of a photo, as served: its JPEG bytes and whether shared caches may keep it. */
public record PhotoContent(byte[] bytes, String contentType, boolean publiclyCacheable) {
}
