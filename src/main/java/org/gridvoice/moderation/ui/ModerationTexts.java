package org.gridvoice.moderation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.gridvoice.moderation.FlagReason;
import org.gridvoice.moderation.ModerationStatus;
import org.gridvoice.shared.ContentRef;

/** How the moderation screens name content, reasons and states; every text is an i18n key translated by the owner. */
final class ModerationTexts {

    private ModerationTexts() {
    }

    static String typeKey(ContentRef target) {
        return "moderation.type." + target.type();
    }

    static String reasonKey(FlagReason reason) {
        return "moderation.reason." + reason.name();
    }

    static String statusKey(ModerationStatus status) {
        return "moderation.status." + status.name();
    }

    static String actionKey(String action) {
        return "moderation.action." + action;
    }

    /** "Comment #123", for aria-labels, dialog titles and notifications. */
    static String label(Component owner, ContentRef target) {
        return owner.getTranslation("moderation.item", owner.getTranslation(typeKey(target)), String.valueOf(target.id()));
    }

    /** The content's type and number, linked to {@code route} (the content in place, as its module names it) when known. */
    static Component what(Component owner, ContentRef target, String route) {
        String number = owner.getTranslation("moderation.target.number", String.valueOf(target.id()));
        Component reference;
        if (route != null) {
            reference = new Anchor(route, number);
        } else {
            reference = new Span(number);
        }
        Span what = new Span(new Span(owner.getTranslation(typeKey(target))), reference);
        what.addClassNames(LumoUtility.Display.INLINE_FLEX, LumoUtility.Gap.XSMALL);
        return what;
    }

    static Span statusBadge(Component owner, ModerationStatus status) {
        Span badge = new Span(owner.getTranslation(statusKey(status)));
        badge.getElement().getThemeList().add(switch (status) {
            case FLAGGED -> "badge";
            case HIDDEN_PENDING, HIDDEN -> "badge error";
            case RESTORED -> "badge success";
            case DISMISSED -> "badge contrast";
        });
        badge.addClassName("gv-moderation-status");
        return badge;
    }
}
