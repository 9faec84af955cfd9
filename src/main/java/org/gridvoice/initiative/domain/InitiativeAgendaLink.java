package org.gridvoice.initiative.domain;

import java.util.Locale;
import java.util.Optional;
import org.gridvoice.initiative.InitiativeDeadlines;
import org.gridvoice.initiative.InitiativeStatus;
import org.gridvoice.meeting.AgendaLinkKind;
import org.springframework.stereotype.Component;

/** Lets a meeting's agenda item link an initiative: every initiative is public, except one withdrawn. */
@Component
class InitiativeAgendaLink implements AgendaLinkKind {

    private final InitiativeStore store;

    InitiativeAgendaLink(InitiativeStore store) {
        this.store = store;
    }

    @Override
    public String kind() {
        return InitiativeDeadlines.AGENDA_KIND;
    }

    @Override
    public Optional<Target> target(Long id, Locale locale) {
        return store.find(id).filter(r -> r.state() != InitiativeStatus.WITHDRAWN)
                .map(r -> new Target(r.title(), "initiatives/" + r.id(), r.communityId()));
    }
}
