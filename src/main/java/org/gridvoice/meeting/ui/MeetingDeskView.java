package org.gridvoice.meeting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.gridvoice.meeting.AgendaDecisionService;
import org.gridvoice.meeting.AttendanceService;
import org.gridvoice.meeting.MeetingHeader;
import org.gridvoice.meeting.QuorumService;
import org.gridvoice.shared.ui.RouteIds;

/**
 * The committee's desk at a meeting (会议现场): residents signed in from the verified list (or walk-ins
 * by name), the quorum live against the community's roll, and each agenda item's decision recorded
 * with a second committee member's confirmation; a passed proposal routed to its office from here.
 */
@Route("meetings/:id/desk")
@RolesAllowed("COMMITTEE")
public class MeetingDeskView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AttendanceService attendance;
    private final QuorumService quorums;
    private final AgendaDecisionService decisions;
    private MeetingHeader meeting;
    MeetingDeskQuorumPanel quorum;
    MeetingDeskAgenda agenda;

    public MeetingDeskView(AttendanceService attendance, QuorumService quorums, AgendaDecisionService decisions) {
        this.attendance = attendance;
        this.quorums = quorums;
        this.decisions = decisions;
        addClassName("gv-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(RouteIds.id(event));
    }

    void show(Long id) {
        removeAll();
        meeting = id == null ? null : attendance.meeting(id).orElse(null);
        if (meeting == null) {
            add(new H2(getTranslation("meetingdesk.error.not-found")));
            return;
        }
        Anchor back = new Anchor("meetings/" + id, getTranslation("meetingdesk.back"));
        back.getElement().setAttribute("router-link", true);
        add(back, new H2(getTranslation("meetingdesk.title", meeting.title())));
        if (!attendance.isCommitteeOf(id)) {
            add(note("meetingdesk.not-committee"));
            return;
        }
        Optional<String> closed = attendance.deskRefusal(id);
        Paragraph intro = new Paragraph(getTranslation(closed.orElse("meetingdesk.intro")));
        intro.setId("desk-state");
        add(intro);
        quorum = new MeetingDeskQuorumPanel();
        quorum.show(quorums.quorum(id));
        agenda = new MeetingDeskAgenda(id, decisions, closed.isEmpty(), this::refresh);
        Div columns = new Div();
        columns.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.LARGE, LumoUtility.AlignItems.START);
        if (closed.isEmpty()) {
            MeetingDeskAttendance signIn = new MeetingDeskAttendance(id, attendance, this::refresh);
            signIn.getStyle().set("flex", "1 1 20rem").set("min-width", "0");
            columns.add(signIn);
        }
        agenda.getStyle().set("flex", "2 1 24rem").set("min-width", "0");
        columns.add(agenda);
        add(quorum, columns);
    }

    // after a sign-in, an undo or a decision: the counts and what the agenda allows follow at once
    private void refresh() {
        quorum.show(quorums.quorum(meeting.id()));
        agenda.refresh();
    }

    private Paragraph note(String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.addClassNames(LumoUtility.TextColor.SECONDARY);
        return p;
    }

    @Override
    public String getPageTitle() {
        return meeting == null ? getTranslation("meetingdesk.error.not-found") : getTranslation("meetingdesk.title", meeting.title());
    }
}
