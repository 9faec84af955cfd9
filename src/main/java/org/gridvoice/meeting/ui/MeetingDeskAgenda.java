package org.gridvoice.meeting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.gridvoice.meeting.AgendaDecision;
import org.gridvoice.meeting.AgendaDecisionService;

/** The agenda at the desk: each item with its recorded decision, or the form to record it while the desk is open. */
class MeetingDeskAgenda extends Div {

    private final Long meetingId;
    private final AgendaDecisionService decisions;
    private final boolean open;
    private final Runnable changed;
    private final Div items = new Div();

    MeetingDeskAgenda(Long meetingId, AgendaDecisionService decisions, boolean open, Runnable changed) {
        this.meetingId = meetingId;
        this.decisions = decisions;
        this.open = open;
        this.changed = changed;
        setId("desk-agenda");
        items.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        add(new H3(getTranslation("meetingdesk.agenda")), items);
        refresh();
    }

    void refresh() {
        items.removeAll();
        List<AgendaDecision> agenda = decisions.items(meetingId);
        if (agenda.isEmpty()) {
            items.add(new Paragraph(getTranslation("meetingdesk.agenda.none")));
        }
        agenda.forEach(item -> items.add(new MeetingDeskItem(meetingId, item, decisions, open, changed)));
    }
}
