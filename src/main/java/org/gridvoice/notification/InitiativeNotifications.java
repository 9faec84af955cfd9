package org.gridvoice.notification;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gridvoice.initiative.InitiativeEscalated;
import org.gridvoice.initiative.InitiativeScheduled;
import org.gridvoice.initiative.InitiativeThresholdMet;
import org.gridvoice.notification.domain.Notifier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people an initiative's events name, in the transaction of the step (so a notification exists
 * exactly when the step does, and an escalation, made once, tells once): the committee when the threshold is
 * met, the street coordinator's leads (and the committee) when its deadline passed, the opener when a meeting
 * takes it up. In the bell and by mail as each chose. The texts are the initiative module's keys.
 */
@Component
class InitiativeNotifications {

    static final String THRESHOLD_MET = "initiative.notify.threshold-met";
    static final String THRESHOLD_MET_OPENER = "initiative.notify.threshold-met-opener";
    static final String ESCALATED = "initiative.notify.escalated";
    static final String SCHEDULED = "initiative.notify.scheduled";

    private final Notifier notifier;

    InitiativeNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    @EventListener
    void on(InitiativeThresholdMet event) {
        String link = link(event.initiativeId());
        Set<Long> committee = new LinkedHashSet<>(event.committeeIds());
        for (Long member : committee) {
            notifier.notify(member, THRESHOLD_MET, List.of(event.title(), event.deadlineAt().toLocalDate().toString()), link);
        }
        if (!committee.contains(event.openerId())) {
            notifier.notify(event.openerId(), THRESHOLD_MET_OPENER, List.of(event.title()), link);
        }
    }

    @EventListener
    void on(InitiativeEscalated event) {
        Set<Long> people = new LinkedHashSet<>(event.coordinatorIds());
        people.addAll(event.committeeIds());
        for (Long person : people) {
            notifier.notify(person, ESCALATED, List.of(event.title()), link(event.initiativeId()));
        }
    }

    @EventListener
    void on(InitiativeScheduled event) {
        notifier.notify(event.openerId(), SCHEDULED, List.of(event.title()), link(event.initiativeId()));
    }

    private static String link(Long id) {
        return "initiatives/" + id;
    }
}
