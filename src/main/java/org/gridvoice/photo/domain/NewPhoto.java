package org.gridvoice.photo.domain;

import java.time.LocalDateTime;

/** A freshly encoded photo to store as pending. */
public record NewPhoto(Long uploadedBy, LocalDateTime uploadedAt, PhotoEncoder.Encoded encoded, String sha256) {
}
