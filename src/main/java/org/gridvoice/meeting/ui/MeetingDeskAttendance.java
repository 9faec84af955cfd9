package org.gridvoice.meeting.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.gridvoice.account.VerifiedResidentSearch;
import org.gridvoice.meeting.AttendanceCandidate;
import org.gridvoice.meeting.AttendanceService;
import org.gridvoice.meeting.AttendanceWalkInForm;
import org.gridvoice.meeting.Attendee;
import org.gridvoice.shared.ui.Confirm;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;

/**
 * Signing in: find a verified resident by name or address (Enter searches; each result has its own
 * sign-in button and a household-representative box), a walk-in by name, and the list of those signed
 * in with an undo for a mistake.
 */
class MeetingDeskAttendance extends Div {

    private final Long meetingId;
    private final AttendanceService attendance;
    private final Runnable changed;
    final TextField search = new TextField();
    final Div results = new Div();
    final TextField walkIn = new TextField();
    final UnorderedList list = new UnorderedList();
    private final H3 listHeading = new H3();

    MeetingDeskAttendance(Long meetingId, AttendanceService attendance, Runnable changed) {
        this.meetingId = meetingId;
        this.attendance = attendance;
        this.changed = changed;
        setId("desk-attendance");
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        H3 heading = new H3(getTranslation("meetingdesk.attendance"));
        search.setLabel(getTranslation("meetingdesk.search"));
        search.setHelperText(getTranslation("meetingdesk.search.help"));
        search.setMaxLength(60);
        search.setWidthFull();
        search.setClearButtonVisible(true);
        search.setId("desk-search");
        search.addKeyDownListener(Key.ENTER, e -> find());
        Button find = new Button(getTranslation("meetingdesk.search.button"), new Icon(VaadinIcon.SEARCH), e -> find());
        find.setId("desk-search-button");
        Div row = new Div(search, find);
        row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.BASELINE);
        results.setId("desk-results");
        results.getElement().setAttribute("aria-live", "polite");
        results.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        walkIn.setLabel(getTranslation("meetingdesk.walk-in.name"));
        walkIn.setHelperText(getTranslation("meetingdesk.walk-in.help"));
        walkIn.setMaxLength(100);
        walkIn.setWidthFull();
        walkIn.setId("desk-walk-in");
        FormErrors walkInErrors = new FormErrors(this).bind("name", walkIn);
        Button addWalkIn = new Button(getTranslation("meetingdesk.walk-in.button"), e -> {
            String name = walkIn.getValue();
            if (walkInErrors.attempt(() -> attendance.signInWalkIn(meetingId, new AttendanceWalkInForm(name)))) {
                Toasts.success(getTranslation("meetingdesk.signed.notice", name.strip()));
                walkIn.clear();
                signedIn();
            }
        });
        addWalkIn.setId("desk-walk-in-button");
        walkIn.addKeyDownListener(Key.ENTER, e -> addWalkIn.click());
        H3 walkInHeading = new H3(getTranslation("meetingdesk.walk-in"));
        list.setId("desk-attendees");
        list.addClassNames(LumoUtility.ListStyleType.NONE, LumoUtility.Padding.NONE, LumoUtility.Margin.NONE, LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        add(heading, row, results, walkInHeading, walkIn, addWalkIn, listHeading, list);
        showList();
    }

    void find() {
        results.removeAll();
        if (search.getValue().isBlank()) {
            results.add(note("meetingdesk.search.empty"));
            return;
        }
        List<AttendanceCandidate> found = attendance.find(meetingId, search.getValue());
        if (found.isEmpty()) {
            results.add(note("meetingdesk.search.none"));
        }
        found.forEach(c -> results.add(card(c)));
        if (found.size() >= VerifiedResidentSearch.MAX_RESULTS) {
            results.add(note("meetingdesk.search.more"));
        }
    }

    private Div card(AttendanceCandidate c) {
        Span name = new Span(c.name());
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Display.BLOCK);
        Span address = new Span(getTranslation("meetingdesk.address", c.building(), c.unit(), c.room()));
        address.addClassNames(LumoUtility.Display.BLOCK, LumoUtility.FontSize.SMALL);
        Div card = new Div(name, address);
        card.addClassNames("desk-candidate", LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Padding.SMALL,
                LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL, LumoUtility.AlignItems.START);
        if (!c.signable()) {
            Span state = new Span(getTranslation(c.signedIn() ? "meetingdesk.signed-in" : "meetingdesk.out-of-scope"));
            state.getElement().getThemeList().add("badge contrast");
            card.add(state);
            return card;
        }
        Checkbox representative = new Checkbox(getTranslation("meetingdesk.representative"), true);
        Button signIn = new Button(getTranslation("meetingdesk.sign-in"), new Icon(VaadinIcon.CHECK), e -> {
            if (new FormErrors(this).attempt(() -> attendance.signIn(meetingId, c.userId(), representative.getValue()))) {
                Toasts.success(getTranslation("meetingdesk.signed.notice", c.name()));
                results.removeAll();
                search.clear();
                search.focus();
                signedIn();
            }
        });
        signIn.setAriaLabel(getTranslation("meetingdesk.sign-in.aria", c.name()));
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(representative, signIn);
        return card;
    }

    private void signedIn() {
        showList();
        changed.run();
    }

    private void showList() {
        List<Attendee> attendees = attendance.attendees(meetingId);
        listHeading.setText(getTranslation("meetingdesk.list", attendees.size()));
        list.removeAll();
        attendees.forEach(a -> {
            Span who = new Span(a.name());
            who.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            Span what = new Span(a.walkIn() ? getTranslation("meetingdesk.list.walk-in")
                    : getTranslation("meetingdesk.address", nz(a.building()), nz(a.unit()), nz(a.room()))
                    + (a.householdRepresentative() ? " · " + getTranslation("meetingdesk.list.representative") : ""));
            what.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            Button undo = new Button(getTranslation("meetingdesk.undo"), e -> Confirm.ask(this, "meetingdesk.undo.title", "meetingdesk.undo.text",
                    "meetingdesk.undo", () -> {
                        if (new FormErrors(this).attempt(() -> attendance.undo(meetingId, a.id()))) {
                            signedIn();
                        }
                    }, a.name()));
            undo.setAriaLabel(getTranslation("meetingdesk.undo.aria", a.name()));
            undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            Div text = new Div(who, new Span(" "), what);
            ListItem item = new ListItem(text, undo);
            item.addClassNames(LumoUtility.Display.FLEX, LumoUtility.JustifyContent.BETWEEN, LumoUtility.AlignItems.CENTER,
                    LumoUtility.Gap.SMALL, LumoUtility.FlexWrap.WRAP);
            list.add(item);
        });
    }

    private static String nz(String part) {
        return part == null ? "" : part;
    }

    private Paragraph note(String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        return p;
    }
}
