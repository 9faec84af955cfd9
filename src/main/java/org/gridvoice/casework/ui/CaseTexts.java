package org.gridvoice.casework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.gridvoice.casework.CaseSource;
import org.gridvoice.casework.CaseStatus;

/** Shared wording of cases: status badges and the time left, said plainly. */
final class CaseTexts {

    private CaseTexts() {
    }

    static Span status(Component owner, CaseStatus status) {
        Span badge = new Span(owner.getTranslation("casework.status." + status.name()));
        badge.getElement().getThemeList().add(status.badgeTheme());
        return badge;
    }

    /** A small badge saying where the case comes from: 诉求 (a resident's request) or 提案 (a proposal). */
    static Span source(Component owner, CaseSource source) {
        Span badge = new Span(owner.getTranslation("casework.source.badge." + source.name()));
        badge.getElement().getThemeList().addAll(List.of("badge", "small", source == CaseSource.REQUEST ? "primary" : "contrast"));
        badge.getElement().setAttribute("title", owner.getTranslation("casework.source." + source.name()));
        badge.addClassName("gv-case-source");
        return badge;
    }

    /** A badge with the given text and theme, e.g. "badge error primary". */
    static Span badge(Component owner, String key, String theme) {
        Span badge = new Span(owner.getTranslation(key));
        badge.getElement().getThemeList().addAll(List.of(theme.split(" ")));
        return badge;
    }

    /** "2 days 3 hours left" or "overdue by 5 hours". */
    static String timeLeft(Component owner, LocalDateTime due, LocalDateTime now) {
        Duration left = Duration.between(now, due);
        boolean overdue = left.isNegative();
        Duration amount = left.abs();
        long days = amount.toDays();
        long hours = amount.toHoursPart();
        long minutes = amount.toMinutesPart();
        String span = days > 0 ? owner.getTranslation("casework.time.days-hours", days, hours)
                : hours > 0 ? owner.getTranslation("casework.time.hours", hours)
                : owner.getTranslation("casework.time.minutes", Math.max(1, minutes));
        return owner.getTranslation(overdue ? "casework.time.overdue" : "casework.time.left", span);
    }
}
