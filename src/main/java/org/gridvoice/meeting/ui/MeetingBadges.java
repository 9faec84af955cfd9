package org.gridvoice.meeting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.gridvoice.meeting.MeetingKind;
import org.gridvoice.meeting.MeetingStatus;

/** A meeting's kind, and its status unless it is simply published. */
class MeetingBadges extends Div {

    MeetingBadges(MeetingKind kind, MeetingStatus status) {
        Span k = new Span(getTranslation("meeting.kind." + kind.name()));
        k.getElement().getThemeList().add("badge");
        add(k);
        if (status != MeetingStatus.PUBLISHED) {
            Span s = new Span(getTranslation("meeting.status." + status.name()));
            s.getElement().getThemeList().add(status == MeetingStatus.CANCELLED ? "badge error" : "badge contrast");
            add(s);
        }
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.XSMALL);
    }
}
