package org.gridvoice.consultation.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.gridvoice.consultation.Phase;
import org.gridvoice.consultation.PhaseDates;
import org.gridvoice.shared.ui.Dates;

/** The five steps from 即将开始 to 已结束 with their dates; the current step is highlighted and marked for screen readers. */
class PhaseTimeline extends OrderedList {

    PhaseTimeline(Phase current, PhaseDates dates) {
        getElement().setAttribute("aria-label", getTranslation("consultation.timeline"));
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL, LumoUtility.ListStyleType.NONE,
                LumoUtility.Padding.NONE, LumoUtility.Margin.NONE);
        for (Phase step : Phases.PUBLIC) {
            Span name = new Span(getTranslation(Phases.key(step)));
            name.addClassName(LumoUtility.FontWeight.SEMIBOLD);
            Span when = new Span(when(step, dates));
            when.addClassName(LumoUtility.FontSize.SMALL);
            ListItem item = new ListItem(name, when);
            item.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Padding.SMALL,
                    LumoUtility.BorderRadius.MEDIUM, LumoUtility.Border.ALL);
            if (step == current) {
                item.getElement().setAttribute("aria-current", "step");
                item.addClassNames(LumoUtility.BorderColor.PRIMARY, LumoUtility.Background.PRIMARY_10, LumoUtility.TextColor.PRIMARY);
            } else {
                item.addClassNames(LumoUtility.BorderColor.CONTRAST_10, LumoUtility.TextColor.SECONDARY);
            }
            add(item);
        }
    }

    private String when(Phase step, PhaseDates d) {
        return switch (step) {
            case UPCOMING -> getTranslation("consultation.timeline.until", format(d.proposalsOpenAt()));
            case PROPOSALS -> getTranslation("consultation.timeline.range", format(d.proposalsOpenAt()), format(d.proposalsCloseAt()));
            case DELIBERATION -> getTranslation("consultation.timeline.range", format(d.proposalsCloseAt()), format(d.votingOpenAt()));
            case VOTING -> getTranslation("consultation.timeline.range", format(d.votingOpenAt()), format(d.votingCloseAt()));
            case CLOSED, DRAFT -> getTranslation("consultation.timeline.from", format(d.votingCloseAt()));
        };
    }

    private String format(java.time.LocalDateTime time) {
        return Dates.format(time, getLocale());
    }
}
