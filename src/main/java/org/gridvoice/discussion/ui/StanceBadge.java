package org.gridvoice.discussion.ui;

import com.vaadin.flow.component.html.Span;
import org.gridvoice.discussion.Stance;

/** 支持 / 反对 / 中立 as a coloured badge: on a comment, or with its count in the panel's header. */
class StanceBadge extends Span {

    final Stance stance;

    StanceBadge(Stance stance) {
        this.stance = stance;
        setText(getTranslation(key(stance)));
        getElement().getThemeList().add(theme(stance));
    }

    StanceBadge(Stance stance, long count) {
        this(stance);
        setText(getTranslation("discussion.stance.count", getTranslation(key(stance)), count));
    }

    static String key(Stance stance) {
        return "discussion.stance." + stance.name();
    }

    /** Lumo's badge theme for the stance; comments' HTML (CommentMarkup) wears the same. */
    static String theme(Stance stance) {
        return switch (stance) {
            case FOR -> "badge success";
            case AGAINST -> "badge error";
            case NEUTRAL -> "badge contrast";
        };
    }
}
