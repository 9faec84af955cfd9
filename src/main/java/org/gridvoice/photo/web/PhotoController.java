package org.gridvoice.photo.web;

import org.gridvoice.photo.PhotoAccess;
import org.gridvoice.photo.PhotoContent;
import org.gridvoice.photo.PhotoSize;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /photos/{id}/thumb} and {@code /display}: the stored JPEG, to whoever may see it and
 * "404" to everyone else. Public photos never change under their id, so caches keep them a year.
 */
@RestController
class PhotoController {

    static final String PUBLIC = "public, max-age=31536000, immutable";
    static final String PRIVATE = "private, no-store";

    private final PhotoAccess access;

    PhotoController(PhotoAccess access) {
        this.access = access;
    }

    @GetMapping("/photos/{id}/{size}")
    ResponseEntity<byte[]> photo(@PathVariable String id, @PathVariable String size) {
        PhotoSize which = switch (size) {
            case "thumb" -> PhotoSize.THUMB;
            case "display" -> PhotoSize.DISPLAY;
            default -> null;
        };
        long photoId;
        try {
            photoId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            photoId = -1;
        }
        if (which == null || photoId < 1) {
            return notFound();
        }
        return access.content(photoId, which).map(PhotoController::ok).orElseGet(PhotoController::notFound);
    }

    private static ResponseEntity<byte[]> ok(PhotoContent content) {
        String cache = content.publiclyCacheable() ? PUBLIC : PRIVATE;
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, cache)
                .body(content.bytes());
    }

    private static ResponseEntity<byte[]> notFound() {
        return ResponseEntity.status(404)
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, PRIVATE)
                .build();
    }
}
