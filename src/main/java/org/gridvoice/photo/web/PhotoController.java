package org.gridvoice.photo.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.gridvoice.photo.PhotoAccess;
import org.gridvoice.photo.PhotoContent;
import org.gridvoice.photo.PhotoSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /photos/{id}/thumb} and {@code /display}: the stored JPEG, to whoever may see it and
 * "404" to everyone else, the same for a hidden photo as for none. Public photos never change under
 * their id, so caches may keep them a year; any other answer must not be stored anywhere.
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
    void photo(@PathVariable String id, @PathVariable String size, HttpServletResponse response) throws IOException {
        // set, not added: Spring Security may have written nosniff already, and one header is enough
        response.setHeader("X-Content-Type-Options", "nosniff");
        Optional<PhotoContent> content = size(size).flatMap(which -> id(id).flatMap(photoId -> access.content(photoId, which)));
        if (content.isEmpty()) {
            response.setHeader("Cache-Control", PRIVATE);
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PhotoContent photo = content.get();
        response.setHeader("Cache-Control", photo.publiclyCacheable() ? PUBLIC : PRIVATE);
        response.setContentType(photo.contentType());
        response.setContentLength(photo.bytes().length);
        response.getOutputStream().write(photo.bytes());
    }

    private static Optional<PhotoSize> size(String size) {
        return switch (size) {
            case "thumb" -> Optional.of(PhotoSize.THUMB);
            case "display" -> Optional.of(PhotoSize.DISPLAY);
            default -> Optional.empty();
        };
    }

    private static Optional<Long> id(String id) {
        try {
            long value = Long.parseLong(id);
            return value > 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
