package org.gridvoice.initiative.domain;

import org.gridvoice.initiative.InitiativeDeadlines;
import org.gridvoice.meeting.MeetingPublished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Learns that a published meeting has initiatives on its agenda: after the meeting's commit, re-run from the registry if it fails. */
@Component
class MeetingAgendaListener {

    private final InitiativeDeadlines deadlines;

    MeetingAgendaListener(InitiativeDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @ApplicationModuleListener
    void on(MeetingPublished event) {
        deadlines.meetingPublished(event);
    }
}
