package org.gridvoice.notification;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gridvoice.casework.CaseChanged;
import org.gridvoice.casework.CaseEventKind;
import org.gridvoice.casework.CaseRecipients;
import org.gridvoice.casework.FeedbackRequested;
import org.gridvoice.notification.domain.NotificationStore;
import org.gridvoice.notification.domain.Notifier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people casework names in its events (see {@link CaseRecipients}), and the followers of
 * the case's consultation (our own follows) when residents hear of the step. In the transaction of
 * the step; never asks casework anything.
 */
@Component
class CaseNotifications {

    private final Notifier notifier;
    private final NotificationStore store;

    CaseNotifications(Notifier notifier, NotificationStore store) {
        this.notifier = notifier;
        this.store = store;
    }

    @EventListener
    void on(CaseChanged event) {
        CaseRecipients to = event.recipients();
        String link = "cases/" + event.caseId();
        String step = "key:casework.event." + event.kind().name();
        Set<Long> staff = new LinkedHashSet<>();
        for (Long person : to.office()) {
            notifier.notify(person, "CASE_FOR_OFFICE_" + event.kind().name(), List.of(event.title()), link);
            staff.add(person);
        }
        for (Long person : to.leadOffice()) {
            notifier.notify(person, "CASE_FOR_OFFICE_CO_UPDATE", List.of(event.title()), link);
            staff.add(person);
        }
        for (Long person : to.coOffices()) {
            if (event.kind() == CaseEventKind.ROUTED) {
                notifier.notify(person, "CASE_FOR_CO_OFFICE_ROUTED", List.of(event.title()), link);
            } else {
                notifier.notify(person, "CASE_CO_OFFICE_STEP", List.of(event.title(), step), link);
            }
            staff.add(person);
        }
        Set<Long> residents = new LinkedHashSet<>(to.residents());
        if (to.consultationId() != null) {
            residents.addAll(store.followers(to.consultationId()));
        }
        for (Long person : residents) {
            if (!staff.contains(person)) {
                notifier.notify(person, "CASE_STEP", List.of(event.title(), step), link);
            }
        }
    }

    /** A resolved case asks the residents behind it to confirm: "your case resolved", by text message too for those who chose SMS. */
    @EventListener
    void on(FeedbackRequested event) {
        Notifier.Sms resolved = new Notifier.Sms("CASE_RESOLVED", locale -> Notifier.params("title", Notifier.brief(event.title())));
        for (Long person : event.userIds()) {
            notifier.notify(person, "CASE_FEEDBACK", List.of(event.title()), "cases/" + event.caseId(), resolved);
        }
    }
}
