package org.gridvoice.initiative;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridvoice.account.RoleService;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.audit.AuditRecord;
import org.gridvoice.initiative.domain.InitiativeStore;
import org.gridvoice.meeting.AgendaLink;
import org.gridvoice.meeting.MeetingPublished;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.responsibility.ResponsibilityService;
import org.gridvoice.responsibility.StreetOffices;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The committee's side of a met initiative: a published meeting with it on the agenda schedules it; a
 * deadline passed without one escalates it to the street coordinator — once: the status changes in the
 * escalation's transaction only if it had not changed yet, and only that transaction tells anyone.
 */
@Service
public class InitiativeDeadlines {

    public static final String AGENDA_KIND = "INITIATIVE";

    private final InitiativeStore store;
    private final PlaceService places;
    private final ResponsibilityService responsibilities;
    private final RoleService roles;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    InitiativeDeadlines(InitiativeStore store, PlaceService places, ResponsibilityService responsibilities, RoleService roles, AuditLog audit,
                        ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.places = places;
        this.responsibilities = responsibilities;
        this.roles = roles;
        this.audit = audit;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Escalates every initiative whose deadline passed by now without a meeting, each in its own transaction; returns how many. */
    public int escalateOverdue() {
        LocalDateTime now = LocalDateTime.now(clock);
        int escalated = 0;
        for (Long id : store.overdue(now)) {
            if (Boolean.TRUE.equals(transaction.execute(status -> escalate(id, now)))) {
                escalated++;
            }
        }
        return escalated;
    }

    private boolean escalate(Long id, LocalDateTime now) {
        InitiativeStore.Row row = store.lock(id).orElse(null);
        if (row == null || !store.escalate(id, now)) {
            return false;
        }
        List<Long> coordinators = places.community(row.communityId()).map(CommunitySummary::streetId)
                .flatMap(responsibilities::streetOffices).map(StreetOffices::coordinatorOfficeId)
                .map(office -> roles.staffIdsOf(office, true)).orElse(List.of());
        audit.append(new AuditRecord("INITIATIVE_ESCALATED", "initiative", id, "system",
                "deadline " + row.deadlineAt() + " passed without a meeting; coordinator leads told " + coordinators.size()));
        events.publishEvent(new InitiativeEscalated(id, row.title(), row.communityId(), coordinators, roles.committeeMembersOf(row.communityId())));
        return true;
    }

    /**
     * A published meeting (or one whose agenda or time changed) schedules each initiative of its community it
     * links, and gives back those it no longer links. Links to other communities' initiatives, or a meeting
     * without a start, change nothing. Safe to run again with the same event.
     */
    @Transactional
    public void meetingPublished(MeetingPublished meeting) {
        Set<Long> linked = meeting.links().stream().filter(l -> AGENDA_KIND.equals(l.kind()) && l.id() != null).map(AgendaLink::id)
                .collect(Collectors.toSet());
        LocalDateTime now = LocalDateTime.now(clock);
        for (Long id : store.scheduledAt(meeting.meetingId())) {
            if (!linked.contains(id)) {
                store.unschedule(id);
            }
        }
        if (meeting.startsAt() == null) {
            return;
        }
        for (Long id : linked) {
            InitiativeStore.Row row = store.lock(id).orElse(null);
            if (row == null || !row.communityId().equals(meeting.communityId()) || row.state() == InitiativeStatus.WITHDRAWN
                    || (row.state() == InitiativeStatus.SCHEDULED && !meeting.meetingId().equals(row.meetingId()))) {
                continue;
            }
            boolean first = row.state() != InitiativeStatus.SCHEDULED;
            store.schedule(id, meeting.meetingId(), meeting.startsAt(), now);
            if (first) {
                audit.append(new AuditRecord("INITIATIVE_SCHEDULED", "initiative", id, "committee",
                        "meeting " + meeting.meetingId() + " at " + meeting.startsAt()));
                events.publishEvent(new InitiativeScheduled(id, row.title(), meeting.meetingId(), meeting.startsAt(), row.openedBy()));
            }
        }
    }
}
