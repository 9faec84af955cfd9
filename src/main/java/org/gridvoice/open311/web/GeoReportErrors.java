package org.gridvoice.open311.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridvoice.shared.FailureMessage;
import org.gridvoice.shared.i18n.Messages;
import org.gridvoice.shared.validation.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every refusal of the API's controllers as the spec's error document, in the format and language asked. */
@RestControllerAdvice(basePackageClasses = GeoReportErrors.class)
class GeoReportErrors {

    private static final Logger log = LoggerFactory.getLogger(GeoReportErrors.class);
    /** Seconds a client is asked to wait when the database cannot be reached. */
    static final String RETRY_AFTER_OUTAGE = "30";
    /** The filing service's field names as the spec names the arguments. */
    private static final Map<String, String> SPEC_NAMES = Map.of("address", "address_string", "latitude", "lat", "longitude", "long",
            "categoryId", "service_code", "mediaUrl", "media_url", "name", "first_name");

    private final GeoReportWriter writer;
    private final Messages messages;

    GeoReportErrors(GeoReportWriter writer, Messages messages) {
        this.writer = writer;
        this.messages = messages;
    }

    @ExceptionHandler(GeoReportError.class)
    ResponseEntity<String> refused(GeoReportError error, HttpServletRequest request) {
        return writer.error(error.status, GeoReportFormat.of(request.getRequestURI()),
                messages.get(OpenLocale.of(request), error.messageKey, error.args));
    }

    /** The filing service's own refusals (too long, no text …): one error each, 400. */
    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<String> invalid(InvalidInput refusal, HttpServletRequest request) {
        Locale locale = OpenLocale.of(request);
        List<Map<String, Object>> errors = new ArrayList<>();
        refusal.problems().forEach(p -> {
            String field = p.field() == null ? null : SPEC_NAMES.getOrDefault(p.field(), p.field());
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", 400);
            error.put("description", (field == null ? "" : field + ": ") + messages.get(locale, p.messageKey(), p.args()));
            errors.add(error);
        });
        return writer.list(HttpStatus.BAD_REQUEST, GeoReportFormat.of(request.getRequestURI()), "errors", "error", errors);
    }

    /**
     * The spec's "general service error": logged for us, a plain 400 for the client. A database that cannot be reached
     * is not the client's fault: 503 with Retry-After, so a client retries later instead of giving up. A connection lost
     * during the commit itself is 503 too, but says the request may have been filed (a client should look it up by
     * GET before posting again): the cluster run saw one stored although the client was told it failed.
     */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<String> failed(RuntimeException failure, HttpServletRequest request) {
        FailureMessage kind = FailureMessage.of(failure);
        GeoReportFormat format = GeoReportFormat.of(request.getRequestURI());
        Locale locale = OpenLocale.of(request);
        if (kind.outage()) {
            log.warn("Open311 request {} met a database outage: {}", request.getRequestURI(), failure.getMessage());
            ResponseEntity<String> answer = writer.error(HttpStatus.SERVICE_UNAVAILABLE, format, messages.get(locale,
                    kind == FailureMessage.DATABASE_UNAVAILABLE ? "open311.error.unavailable" : "open311.error.commit-uncertain"));
            return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders()).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_OUTAGE)
                    .body(answer.getBody());
        }
        log.error("Open311 request {} failed", request.getRequestURI(), failure);
        return writer.error(HttpStatus.BAD_REQUEST, format, messages.get(locale, "open311.error.general"));
    }
}
