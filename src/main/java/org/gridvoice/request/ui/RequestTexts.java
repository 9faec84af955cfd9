package org.gridvoice.request.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import org.gridvoice.casework.CaseStatus;
import org.gridvoice.request.RequestSummary;

/** Shared pieces of request screens: a request's state as a badge, its words cut to a line, its first photo. */
final class RequestTexts {

    private RequestTexts() {
    }

    /** The case's state, in the same words and colours as the case pages. */
    static Span status(Component owner, CaseStatus status) {
        Span badge = new Span(owner.getTranslation("casework.status." + status.name()));
        badge.getElement().getThemeList().add(status.badgeTheme());
        return badge;
    }

    /** The words on one line, cut at {@code max} characters (code points, so Chinese and emoji stay whole). */
    static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.codePointCount(0, line.length()) <= max) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, max)).strip() + "…";
    }

    /** "Entered by <staff> for <resident>" (代录) for a request staff entered and the resident attested. */
    static Span enteredBy(Component owner, RequestSummary r) {
        Span line = new Span(owner.getTranslation("attest.entered-by", r.enteredByName(),
                r.authorName() == null ? owner.getTranslation("attest.entered-by.a-resident") : r.authorName()));
        line.addClassName("gv-entered-by");
        line.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        return line;
    }

    static Image thumbnail(Component owner, RequestSummary r) {
        Image image = new Image(r.thumbUrl(), owner.getTranslation("request.thumb.alt", cut(r.description(), 40)));
        image.setWidth("64px");
        image.setHeight("64px");
        image.getStyle().set("object-fit", "cover").set("border-radius", "var(--lumo-border-radius-m)").set("flex-shrink", "0");
        return image;
    }
}
