package org.gridvoice.notification.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.gridvoice.notification.NotificationService;

/** Target of the one-click unsubscribe link in every notification mail; needs no sign-in. */
@Route("unsubscribe")
@AnonymousAllowed
public class UnsubscribeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final NotificationService notifications;

    public UnsubscribeView(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("gv-narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        boolean done = notifications.unsubscribe(token);
        removeAll();
        add(new H2(getTranslation("notification.unsubscribe.title")),
                new Paragraph(getTranslation(done ? "notification.unsubscribe.done" : "notification.unsubscribe.invalid")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.unsubscribe.title");
    }
}
