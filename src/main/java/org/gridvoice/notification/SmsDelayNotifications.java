package org.gridvoice.notification;

import java.util.List;
import org.gridvoice.account.RoleService;
import org.gridvoice.notification.domain.Notifier;
import org.gridvoice.shared.sms.SmsDelayed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells every administrator in the app when text messages wait too long for the SMS provider (they are still retried). */
@Component
class SmsDelayNotifications {

    private final Notifier notifier;
    private final RoleService roles;

    SmsDelayNotifications(Notifier notifier, RoleService roles) {
        this.notifier = notifier;
        this.roles = roles;
    }

    @ApplicationModuleListener
    void on(SmsDelayed event) {
        String hours = Long.toString(Math.max(1, event.after().toHours()));
        for (Long admin : roles.administratorIds()) {
            notifier.notify(admin, "SMS_DELAYED", List.of(Integer.toString(event.newlyLate()), hours, Long.toString(event.unsent())), "admin/sms");
        }
    }
}
