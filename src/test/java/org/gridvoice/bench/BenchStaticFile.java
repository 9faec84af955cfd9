package org.gridvoice.bench;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API benchmark's "static file": the very bytes of an API answer, kept in memory as a static
 * resource handler keeps a file, served under the API's path so the same filter chain serves both.
 * Answers 404 until a benchmark sets it (a top-level class: Spring Boot's test scan leaves out
 * classes nested in test classes).
 */
@RestController
class BenchStaticFile {

    static volatile byte[] body;

    @GetMapping("/open311/v2/bench-static.json")
    ResponseEntity<byte[]> file() {
        byte[] bytes = body;
        return bytes == null ? ResponseEntity.notFound().build() : ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(bytes);
    }
}
