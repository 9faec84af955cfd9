package org.gridvoice.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.notification.NotificationService;
import org.gridvoice.shared.validation.InvalidInput;

/** Follow or stop following a consultation; the consultation page links here. */
@Route("follow/consultation/:id")
@AnonymousAllowed
public class FollowView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final NotificationService notifications;
    private final ConsultationService consultations;
    private final CurrentUser currentUser;
    private Long consultationId;

    public FollowView(NotificationService notifications, ConsultationService consultations, CurrentUser currentUser) {
        this.notifications = notifications;
        this.consultations = consultations;
        this.currentUser = currentUser;
        addClassName("gv-narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        consultationId = event.getRouteParameters().get("id").filter(s -> s.matches("\\d{1,18}")).map(Long::valueOf).orElse(null);
        show();
    }

    private void show() {
        removeAll();
        add(new H2(getTranslation("notification.follow.title")));
        String title;
        try {
            title = consultationId == null ? null : consultations.details(consultationId).title();
        } catch (InvalidInput notFound) {
            title = null;
        }
        if (title == null) {
            add(new Paragraph(getTranslation("consultation.error.not-found")));
            return;
        }
        add(new Paragraph(getTranslation("notification.follow.text", title)));
        if (currentUser.get().isEmpty()) {
            add(new Paragraph(getTranslation("notification.follow.sign-in")), new Anchor("login", getTranslation("nav.login")));
            return;
        }
        boolean following = notifications.following(consultationId);
        add(new Paragraph(getTranslation(following ? "notification.follow.following" : "notification.follow.not-following")));
        Button toggle = new Button(getTranslation(following ? "notification.follow.unfollow" : "notification.follow.follow"), e -> {
            if (following) {
                notifications.unfollow(consultationId);
            } else {
                notifications.follow(consultationId);
            }
            show();
        });
        toggle.addThemeVariants(following ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_PRIMARY);
        add(toggle, new Paragraph(new Anchor("consultations/" + consultationId, getTranslation("notification.follow.back"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.follow.title");
    }
}
