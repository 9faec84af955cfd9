package org.gridvoice.open311.web;

import org.springframework.http.HttpStatus;

/**
 * A refusal in the spec's terms: 400 for a missing or bad parameter, 403 for the api_key, 404 for
 * what does not exist, 429 when a client posts too often. {@code messageKey} names the description
 * in the bundles ({@code open311.error.*}), translated into the language asked.
 */
class GeoReportError extends RuntimeException {

    final HttpStatus status;
    final String messageKey;
    final transient Object[] args;

    GeoReportError(HttpStatus status, String messageKey, Object... args) {
        super(status + " " + messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args;
    }

    static GeoReportError badRequest(String messageKey, Object... args) {
        return new GeoReportError(HttpStatus.BAD_REQUEST, messageKey, args);
    }

    static GeoReportError notFound(String messageKey, Object... args) {
        return new GeoReportError(HttpStatus.NOT_FOUND, messageKey, args);
    }
}
