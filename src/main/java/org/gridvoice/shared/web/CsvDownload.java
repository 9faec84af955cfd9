package org.gridvoice.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Starts an open-data CSV download: UTF-8 with a byte-order mark, which Excel and WPS need to read Chinese correctly. */
public final class CsvDownload {

    private CsvDownload() {
    }

    /** Commits the response as an attachment; call only once the request has passed its checks. */
    public static Writer open(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        return out;
    }
}
