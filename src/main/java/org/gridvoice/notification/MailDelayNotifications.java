package org.gridvoice.notification;

import java.util.List;
import org.gridvoice.account.RoleService;
import org.gridvoice.notification.domain.Notifier;
import org.gridvoice.shared.mail.MailDelayed;
import org.gridvoice.shared.mail.MailGivenUp;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells every administrator, in the app only (a mail about mail that does not go out would only wait in the same
 * outbox), when mail waits too long for the SMTP server and when the outbox gives some up.
 */
@Component
class MailDelayNotifications {

    private final Notifier notifier;
    private final RoleService roles;

    MailDelayNotifications(Notifier notifier, RoleService roles) {
        this.notifier = notifier;
        this.roles = roles;
    }

    @ApplicationModuleListener
    void on(MailDelayed event) {
        String hours = Long.toString(Math.max(1, event.after().toHours()));
        for (Long admin : roles.administratorIds()) {
            notifier.notifyInAppOnly(admin, "MAIL_DELAYED", List.of(Integer.toString(event.newlyLate()), hours,
                    Long.toString(event.unsent())), "notifications");
        }
    }

    @ApplicationModuleListener
    void on(MailGivenUp event) {
        String days = Long.toString(Math.max(1, event.after().toDays()));
        for (Long admin : roles.administratorIds()) {
            notifier.notifyInAppOnly(admin, "MAIL_GIVEN_UP", List.of(Integer.toString(event.count()), days), "notifications");
        }
    }
}
