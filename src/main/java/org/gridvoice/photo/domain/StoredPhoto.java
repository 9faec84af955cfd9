package org.gridvoice.photo.domain;

import java.time.LocalDateTime;

/** A photo row: its owner (both null while pending), where it sits among its owner's photos, and who uploaded it. */
public record StoredPhoto(long id, String ownerKind, Long ownerId, Integer position, boolean internal, String label,
                          Long uploadedBy, LocalDateTime uploadedAt, int width, int height, String sha256) {

    public boolean pending() {
        return ownerKind == null;
    }
}
