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

    static boolean known(String suffix) {
        return "json".equals(suffix) || "xml".equals(suffix);
    }
}
