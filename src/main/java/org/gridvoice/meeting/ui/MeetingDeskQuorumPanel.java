package org.gridvoice.meeting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.gridvoice.meeting.Quorum;

/** The live quorum: households present against the roll, people present, and whether the meeting may decide. */
class MeetingDeskQuorumPanel extends Div {

    final Paragraph households = new Paragraph();
    final Paragraph people = new Paragraph();
    final Paragraph verdict = new Paragraph();
    final Paragraph roll = new Paragraph();

    MeetingDeskQuorumPanel() {
        setId("desk-quorum");
        addClassName("gv-card");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        H3 heading = new H3(getTranslation("meetingdesk.quorum"));
        heading.addClassNames(LumoUtility.Margin.Top.NONE);
        households.setId("desk-quorum-households");
        households.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Margin.NONE);
        verdict.setId("desk-quorum-verdict");
        roll.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        add(heading, households, people, verdict, roll);
    }

    void show(Quorum q) {
        if (!q.statutory()) {
            households.setText(getTranslation("meetingdesk.quorum.households", q.households(), q.rollHouseholds()));
            people.setText(getTranslation("meetingdesk.quorum.people", q.present(), q.rollAdults(), q.walkIns()));
            verdict.setText(getTranslation("meetingdesk.quorum.none", q.present(), q.households()));
            verdict.removeClassNames(LumoUtility.TextColor.SUCCESS, LumoUtility.TextColor.ERROR);
        } else {
            households.setText(getTranslation("meetingdesk.quorum.households", q.representedHouseholds(), q.rollHouseholds())
                    + getTranslation(q.byHouseholds() ? "meetingdesk.quorum.households-met" : "meetingdesk.quorum.households-not"));
            people.setText(getTranslation("meetingdesk.quorum.people", q.present(), q.rollAdults(), q.walkIns()));
            verdict.setText(q.met() ? getTranslation("meetingdesk.quorum.met") : getTranslation("meetingdesk.quorum.not-met", q.percent()));
            verdict.removeClassNames(LumoUtility.TextColor.SUCCESS, LumoUtility.TextColor.ERROR);
            verdict.addClassNames(q.met() ? LumoUtility.TextColor.SUCCESS : LumoUtility.TextColor.ERROR);
        }
        roll.setText(getTranslation(q.rollStated() ? "meetingdesk.quorum.roll-stated" : "meetingdesk.quorum.roll-verified"));
    }
}
