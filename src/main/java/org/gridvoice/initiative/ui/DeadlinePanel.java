package org.gridvoice.initiative.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Duration;
import java.time.LocalDateTime;
import org.gridvoice.initiative.InitiativeDetails;
import org.gridvoice.shared.ui.Dates;

/**
 * The public clock once the threshold is met: when, the committee's deadline and the days left (or that it
 * passed); the escalation mark; and the meeting that took it up, with a link.
 */
class DeadlinePanel extends Div {

    /** Whole days left, a started day counted: 30 days after the threshold was met read "30 days left" that day. */
    static long daysLeft(LocalDateTime now, LocalDateTime deadline) {
        return Math.max(0, (Duration.between(now, deadline).toMinutes() + 1439) / 1440);
    }

    DeadlinePanel(InitiativeDetails details, LocalDateTime now) {
        setId("initiative-clock");
        addClassName("gv-card");
        add(new H3(getTranslation("initiative.clock.title")));
        add(new Paragraph(getTranslation("initiative.clock.met", Dates.format(details.thresholdMetAt(), getLocale()))));
        LocalDateTime deadline = details.summary().deadlineAt();
        Paragraph due = new Paragraph(getTranslation("initiative.clock.deadline", Dates.format(deadline, getLocale())) + " ");
        due.setId("initiative-deadline");
        if (details.meetingId() == null) {
            Span left = new Span(deadline.isAfter(now) ? getTranslation("initiative.clock.days-left", daysLeft(now, deadline))
                    : getTranslation("initiative.clock.overdue"));
            left.getElement().getThemeList().add(deadline.isAfter(now) ? "badge" : "badge error");
            due.add(left);
        }
        add(due);
        if (details.escalatedAt() != null) {
            Paragraph escalated = new Paragraph(getTranslation("initiative.escalated", Dates.format(details.escalatedAt(), getLocale())));
            escalated.setId("initiative-escalated");
            escalated.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.TextColor.ERROR);
            add(escalated);
        }
        if (details.meetingId() != null) {
            Paragraph meeting = new Paragraph(getTranslation("initiative.scheduled", Dates.format(details.meetingStartsAt(), getLocale())) + " ");
            Anchor link = new Anchor("meetings/" + details.meetingId(), getTranslation("initiative.scheduled.link"));
            link.getElement().setAttribute("router-link", true);
            meeting.add(link);
            meeting.setId("initiative-meeting");
            meeting.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            add(meeting);
        }
    }
}
