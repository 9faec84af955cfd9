package org.gridvoice.meeting.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.ReasonForm;
import org.gridvoice.discussion.ui.CommentsPanel;
import org.gridvoice.meeting.MeetingDetails;
import org.gridvoice.meeting.MeetingMinutes;
import org.gridvoice.meeting.MeetingPages;
import org.gridvoice.meeting.MeetingResponses;
import org.gridvoice.meeting.MeetingService;
import org.gridvoice.meeting.MeetingStatus;
import org.gridvoice.shared.ContentRef;
import org.gridvoice.shared.ui.Confirm;
import org.gridvoice.shared.ui.Dates;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.ReasonDialog;
import org.gridvoice.shared.ui.Toasts;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.beans.factory.ObjectProvider;

/** A meeting's public page: what, when, where, for whom, the agenda, who will come, attendance, minutes and discussion. */
@Route("meetings/:id")
@AnonymousAllowed
public class MeetingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingPages pages;
    private final MeetingService meetings;
    private final MeetingResponses responses;
    private final MeetingMinutes minutes;
    private final CurrentUser currentUser;
    private final ObjectProvider<CommentsPanel> comments;
    private MeetingDetails details;

    public MeetingView(MeetingPages pages, MeetingService meetings, MeetingResponses responses, MeetingMinutes minutes,
                       CurrentUser currentUser, ObjectProvider<CommentsPanel> comments) {
        this.pages = pages;
        this.meetings = meetings;
        this.responses = responses;
        this.minutes = minutes;
        this.currentUser = currentUser;
        this.comments = comments;
        addClassName("gv-page");
    }

    static RouteParameters parameters(Long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    static Optional<Long> idOf(BeforeEnterEvent event) {
        try {
            return event.getRouteParameters().get("id").map(Long::valueOf);
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(idOf(event).orElse(null));
    }

    private void show(Long id) {
        removeAll();
        details = null;
        if (id != null) {
            try {
                details = pages.details(id, getLocale());
            } catch (InvalidInput notFound) {
                details = null;
            }
        }
        if (details == null) {
            add(new H2(getTranslation("meeting.not-found.title")), new Paragraph(getTranslation("meeting.error.not-found")),
                    new RouterLink(getTranslation("meeting.back-to-list"), MeetingsView.class));
            return;
        }
        add(new H2(details.title()), new MeetingBadges(details.kind(), details.status()), facts());
        if (details.status() == MeetingStatus.CANCELLED) {
            Paragraph cancelled = new Paragraph(getTranslation("meeting.cancelled.notice", details.cancelReason()));
            cancelled.addClassName("gv-card");
            cancelled.setId("meeting-cancelled");
            add(cancelled);
        }
        if (details.committee()) {
            add(actions());
        }
        if (details.descriptionHtml() != null && !details.descriptionHtml().isBlank()) {
            Div description = new Div(new Html("<div>" + details.descriptionHtml() + "</div>"));
            description.addClassName("gv-card");
            add(description);
        }
        add(new H3(getTranslation("meeting.agenda.title")), new AgendaList(details.items()));
        if (details.status() != MeetingStatus.DRAFT && details.status() != MeetingStatus.CANCELLED) {
            boolean signedIn = currentUser.get().isPresent();
            add(new RsvpPanel(details, signedIn, answer -> {
                if (new FormErrors(this).attempt(() -> responses.answer(details.id(), answer))) {
                    Toasts.success(getTranslation("meeting.rsvp.saved"));
                    show(details.id());
                }
            }));
            if (signedIn) {
                add(followButton());
            }
        }
        if (details.signedIn() != null) {
            Paragraph turnout = new Paragraph(getTranslation("meeting.attendance.counts", details.signedIn(), details.households()));
            turnout.setId("meeting-attendance");
            add(new H3(getTranslation("meeting.attendance.title")), turnout);
        }
        if (details.status() != MeetingStatus.DRAFT && details.status() != MeetingStatus.CANCELLED) {
            add(new MinutesPanel(details, minutes, () -> show(details.id())));
        }
        if (details.minutesPublishedAt() != null) {
            add(comments.getObject().show(new ContentRef("meeting", details.id())));
        }
    }

    private Div facts() {
        String separator = getTranslation("list.separator");
        List<Paragraph> lines = new ArrayList<>();
        String when = Dates.format(details.startsAt(), getLocale())
                + (details.endsAt() == null ? "" : " – " + Dates.format(details.endsAt(), getLocale()));
        lines.add(new Paragraph(getTranslation("meeting.facts.when", when)));
        lines.add(new Paragraph(getTranslation("meeting.facts.place", details.place())));
        lines.add(new Paragraph(details.wholeCommunity() ? getTranslation("meeting.facts.scope.whole", details.communityName())
                : getTranslation("meeting.facts.scope.grids", details.communityName(), String.join(separator, details.gridNames()))));
        List<String> invited = new ArrayList<>(details.officeNames());
        if (details.invitedParties() != null && !details.invitedParties().isBlank()) {
            invited.add(details.invitedParties());
        }
        if (!invited.isEmpty()) {
            lines.add(new Paragraph(getTranslation("meeting.facts.invited", String.join(separator, invited))));
        }
        Div facts = new Div();
        lines.forEach(facts::add);
        facts.setId("meeting-facts");
        return facts;
    }

    private Button followButton() {
        boolean following = details.following();
        Button follow = new Button(getTranslation(following ? "meeting.unfollow" : "meeting.follow"),
                new Icon(following ? VaadinIcon.BELL_SLASH : VaadinIcon.BELL), e -> {
            if (new FormErrors(this).attempt(() -> {
                if (following) {
                    responses.unfollow(details.id());
                } else {
                    responses.follow(details.id());
                }
            })) {
                Toasts.success(getTranslation(following ? "meeting.unfollowed" : "meeting.followed"));
                show(details.id());
            }
        });
        follow.setId("meeting-follow");
        follow.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return follow;
    }

    private Div actions() {
        Long id = details.id();
        Div actions = new Div();
        actions.addClassName("gv-actions");
        String editRefusal = details.steps().editRefusal();
        if (editRefusal == null) {
            Button edit = new Button(getTranslation("action.edit"), new Icon(VaadinIcon.EDIT),
                    e -> getUI().ifPresent(ui -> ui.navigate(MeetingEditorView.class, parameters(id))));
            edit.setId("meeting-edit");
            actions.add(edit);
        }
        if (details.status() == MeetingStatus.DRAFT) {
            Button publish = new Button(getTranslation("meeting.publish"), new Icon(VaadinIcon.UPLOAD), e -> Confirm.ask(this,
                    "meeting.publish.title", "meeting.publish.text", "meeting.publish", () -> {
                        if (new FormErrors(this).attempt(() -> meetings.publish(id))) {
                            Toasts.success(getTranslation("meeting.published"));
                        }
                        show(id);
                    }, details.title()));
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            publish.setId("meeting-publish");
            String refusal = details.steps().publishRefusal();
            if (refusal != null) {
                publish.setEnabled(false);
                publish.setTooltipText(getTranslation(refusal));
            }
            actions.add(publish);
        }
        if (details.status() == MeetingStatus.PUBLISHED) {
            // the desk (attendance, quorum, decisions) lives beside this page: linked by URL only
            Anchor desk = new Anchor("meetings/" + id + "/desk", getTranslation("meeting.desk.open"));
            desk.getElement().setAttribute("router-link", true);
            actions.add(desk);
        }
        if (details.steps().cancelRefusal() == null) {
            Button cancel = new Button(getTranslation("meeting.cancel"), new Icon(VaadinIcon.CLOSE_CIRCLE),
                    e -> new ReasonDialog(new ReasonDialog.Keys("meeting.cancel.title", "meeting.cancel.text", "meeting.cancel.reason",
                            "meeting.cancel.reason.help", "meeting.cancel.confirm"), true,
                            text -> meetings.cancel(id, new ReasonForm(text)), () -> {
                        Toasts.success(getTranslation("meeting.cancelled"));
                        show(id);
                    }, details.title()).open());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            cancel.setId("meeting-cancel");
            actions.add(cancel);
        }
        actions.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.CENTER);
        return actions;
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("meeting.not-found.title") : details.title();
    }
}
