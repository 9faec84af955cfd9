package org.gridvoice.attestation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.gridvoice.attestation.EntryStatus;

/** Shared pieces of the entry screens: the status badge, words cut to a line, the wording kept as written. */
final class EntryTexts {

    private EntryTexts() {
    }

    static Span status(Component owner, EntryStatus status) {
        Span badge = new Span(owner.getTranslation("attest.status." + status.name()));
        badge.getElement().getThemeList().add(switch (status) {
            case PENDING -> "badge";
            case ATTESTED -> "badge success";
            case REJECTED -> "badge error";
            case EXPIRED -> "badge contrast";
        });
        return badge;
    }

    static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.codePointCount(0, line.length()) <= max ? line : line.substring(0, line.offsetByCodePoints(0, max)).strip() + "…";
    }

    /** The resident's words with their line breaks, as plain text (never HTML). */
    static Paragraph wording(String text) {
        Paragraph p = new Paragraph(text == null ? "" : text);
        p.addClassName("gv-wording");
        p.getStyle().set("white-space", "pre-line").set("border-left", "4px solid var(--lumo-primary-color)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("background", "var(--lumo-contrast-5pct)");
        return p;
    }
}
