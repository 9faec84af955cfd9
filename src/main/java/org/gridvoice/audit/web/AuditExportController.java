package org.gridvoice.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.gridvoice.audit.AuditEntry;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.audit.AuditPage;
import org.gridvoice.shared.i18n.Messages;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data: the audit chain as JSON Lines, one entry per line in sequence order, paged by
 * sequence number ({@code ?from=N&limit=M}, at most {@link AuditPage#MAX_LIMIT}); the head at the
 * moment of the page travels in the X-Audit-Head-Seq and X-Audit-Head-Hash headers. README,
 * "Verifying the audit chain", says which bytes are hashed.
 */
@RestController
class AuditExportController {

    static final int DEFAULT_LIMIT = 1_000;

    private final AuditLog audit;
    private final Messages messages;

    AuditExportController(AuditLog audit, Messages messages) {
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/open-data/audit")
    void chain(@RequestParam(defaultValue = "1") long from, @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit,
               Locale locale, HttpServletResponse response) throws IOException {
        if (from < 1 || limit < 1 || limit > AuditPage.MAX_LIMIT) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(messages.get(Messages.supported(locale), "audit.export.bad-page", String.valueOf(AuditPage.MAX_LIMIT)));
            return;
        }
        AuditPage page = audit.page(from, limit);
        response.setContentType("application/jsonl;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("X-Audit-Head-Seq", Long.toString(page.headSeq()));
        response.setHeader("X-Audit-Head-Hash", page.headHash());
        response.setHeader("Cache-Control", "no-store");
        Writer out = response.getWriter();
        for (AuditEntry e : page.entries()) {
            out.write("{\"seq\":" + e.seq() + ",\"occurredAt\":" + json(e.occurredAt()) + ",\"kind\":" + json(e.kind())
                    + ",\"objectType\":" + json(e.objectType()) + ",\"objectId\":" + e.objectId() + ",\"actorRef\":" + json(e.actorRef())
                    + ",\"payload\":" + json(e.payload()) + ",\"prevHash\":" + json(e.prevHash()) + ",\"hash\":" + json(e.hash()) + "}\n");
        }
        out.flush();
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped, everything else as is (UTF-8). */
    static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
