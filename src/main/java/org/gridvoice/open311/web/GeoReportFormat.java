package org.gridvoice.open311.web;

import org.springframework.http.MediaType;

/** The two formats of GeoReport v2, chosen by the resource's suffix; XML is the spec's required one and answers anything else. */
enum GeoReportFormat {
    JSON(MediaType.parseMediaType("application/json; charset=utf-8")),
    XML(MediaType.parseMediaType("text/xml; charset=utf-8"));

    final MediaType mediaType;

    GeoReportFormat(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    /** From a path or a path's last segment: ".json" is JSON, everything else XML. */
    static GeoReportFormat of(String path) {
        return path != null && path.endsWith(".json") ? JSON : XML;
    }

    /** A resource's format from its suffix ("json", "xml"); any other is not a resource (404). */
    static GeoReportFormat ofSuffix(String suffix) {
        return switch (suffix == null ? "" : suffix) {
            case "json" -> JSON;
            case "xml" -> XML;
            default -> throw GeoReportError.notFound("open311.error.no-such-resource");
        };
    }

    /** {@code 12.json} → JSON; a last segment without a known suffix is not a resource. */
    static GeoReportFormat ofFile(String file) {
        int dot = file.lastIndexOf('.');
        return ofSuffix(dot < 1 ? "" : file.substring(dot + 1));
    }

    /** {@code 12.json} → {@code 12}. */
    static String name(String file) {
        return file.substring(0, file.lastIndexOf('.'));
    }
}
