package org.gridvoice.notification;

import org.gridvoice.insight.HotspotAgendaOpened;
import org.gridvoice.notification.domain.Notifier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the requesters and supporters of the requests behind a hotspot that the consultation or meeting
 * the committee made of it has opened, in the transaction of that step (the insight module has already
 * made sure each hears once). In the bell and by mail as each chose; the texts are the insight module's keys.
 */
@Component
class HotspotNotifications {

    private final Notifier notifier;

    HotspotNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    @EventListener
    void on(HotspotAgendaOpened event) {
        for (Long person : event.recipients()) {
            notifier.notify(person, event.kind(), event.args(), event.link());
        }
    }
}
