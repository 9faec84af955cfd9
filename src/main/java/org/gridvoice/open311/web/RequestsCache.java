package org.gridvoice.open311.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.gridvoice.casework.CaseChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Recent answers of {@code GET requests}, kept for a few seconds: Open311 clients poll the same
 * pages again and again, and a page costs several statements and its serialisation while the
 * stored answer costs nothing. Every case step on this instance empties the cache once its
 * transaction commits, so an answer here is stale by at most {@code gridvoice.open311.cache-ttl}
 * (default 5 s), and only for steps taken on another instance or while the page was being made.
 * {@code PT0S} turns it off. Bounded by the bytes the answers hold.
 */
@Component
class RequestsCache {

    private final Cache<String, ResponseEntity<String>> answers;
    private final boolean enabled;

    RequestsCache(@Value("${gridvoice.open311.cache-ttl:PT5S}") Duration ttl,
                  @Value("${gridvoice.open311.cache-bytes:16000000}") long bytes) {
        enabled = !ttl.isZero() && !ttl.isNegative();
        answers = Caffeine.newBuilder().expireAfterWrite(enabled ? ttl : Duration.ofNanos(1)).maximumWeight(bytes)
                .<String, ResponseEntity<String>>weigher((key, answer) -> 2 * (key.length() + length(answer)))
                .build();
    }

    private static int length(ResponseEntity<String> answer) {
        return answer.getBody() == null ? 0 : answer.getBody().length();
    }

    /** The stored answer for the key, or the one {@code answer} makes (stored when it is a success). */
    ResponseEntity<String> get(String key, Supplier<ResponseEntity<String>> answer) {
        if (!enabled) {
            return answer.get();
        }
        ResponseEntity<String> found = answers.getIfPresent(key);
        if (found != null) {
            return found;
        }
        ResponseEntity<String> made = answer.get();
        if (made.getStatusCode().is2xxSuccessful()) {
            answers.put(key, made);
        }
        return made;
    }

    /**
     * What makes two requests the same answer: the format, the language, every parameter (in a fixed
     * order) and the address the client called us by (media URLs are absolute).
     */
    static String key(HttpServletRequest request, GeoReportFormat format, Locale locale) {
        Map<String, String[]> sorted = new TreeMap<>(request.getParameterMap());
        StringBuilder key = new StringBuilder(ServletUriComponentsBuilder.fromCurrentContextPath().toUriString())
                .append('|').append(format.name()).append('|').append(locale.toLanguageTag());
        sorted.forEach((name, values) -> key.append('|').append(name).append('=').append(String.join(",", values)));
        return key.toString();
    }

    @EventListener
    void on(CaseChanged changed) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    answers.invalidateAll();
                }
            });
        } else {
            answers.invalidateAll();
        }
    }
}
