package org.gridvoice.insight;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.gridvoice.consultation.ConsultationPhaseChanged;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.consultation.ConsultationSummary;
import org.gridvoice.consultation.Phase;
import org.gridvoice.meeting.MeetingPages;
import org.gridvoice.meeting.MeetingPublished;
import org.gridvoice.meeting.MeetingStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a consultation made from a hotspot opens (its proposals phase or later begins) or a meeting
 * with a hotspot item is published, the requesters and supporters ("me too") of the linked requests
 * are told — once: the action is marked notified in the same transaction as the step, under the
 * row's lock, so a later phase change or a changed meeting tells nobody again, and someone who both
 * filed and supported one request, or several, hears once per action.
 */
@Component
class HotspotAgendaNotices {

    static final String CONSULTATION = "hotspot.notify.consultation";
    static final String MEETING = "hotspot.notify.meeting";

    private final JdbcClient jdbc;
    private final ConsultationService consultations;
    private final MeetingPages meetings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HotspotAgendaNotices(JdbcClient jdbc, ConsultationService consultations, MeetingPages meetings, ApplicationEventPublisher events,
                         Clock clock) {
        this.jdbc = jdbc;
        this.consultations = consultations;
        this.meetings = meetings;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(ConsultationPhaseChanged event) {
        if (event.to() == Phase.DRAFT || event.to() == Phase.UPCOMING) {
            return;
        }
        List<Long> actions = pending(AgendaTarget.CONSULTATION, event.consultationId());
        if (actions.isEmpty()) {
            return;
        }
        String title = consultations.summariesOf(List.of(event.consultationId())).stream().findFirst()
                .map(ConsultationSummary::title).orElse("");
        tell(actions, CONSULTATION, title, "consultations/" + event.consultationId());
    }

    @EventListener
    void on(MeetingPublished event) {
        List<Long> actions = pending(AgendaTarget.MEETING, event.meetingId());
        if (actions.isEmpty()) {
            return;
        }
        var meeting = meetings.details(event.meetingId(), Locale.ROOT);
        if (meeting.status() != MeetingStatus.PUBLISHED) {
            return;
        }
        tell(actions, MEETING, meeting.title(), "meetings/" + event.meetingId());
    }

    /** The target's actions not yet told, locked until the step commits. */
    private List<Long> pending(AgendaTarget kind, Long targetId) {
        return jdbc.sql("""
                SELECT id FROM insight_agenda_action WHERE target_kind = :k AND target_id = :t AND notified_at IS NULL
                ORDER BY id FOR UPDATE""").param("k", kind.name()).param("t", targetId).query(Long.class).list();
    }

    private void tell(List<Long> actions, String kind, String title, String link) {
        // requesters (signed-in filers; a request from an outside system has none) and supporters, each once
        List<Long> people = jdbc.sql("""
                SELECT r.author_id FROM insight_agenda_request a JOIN request r ON r.id = a.request_id
                WHERE a.action_id IN (:a) AND r.author_id IS NOT NULL
                UNION
                SELECT s.user_id FROM insight_agenda_request a JOIN request_support s ON s.request_id = a.request_id
                WHERE a.action_id IN (:a)""").param("a", actions).query(Long.class).list();
        jdbc.sql("UPDATE insight_agenda_action SET notified_at = :now WHERE id IN (:a)")
                .param("now", LocalDateTime.now(clock)).param("a", actions).update();
        if (!people.isEmpty()) {
            events.publishEvent(new HotspotAgendaOpened(kind, List.of(title), link, people.stream().distinct().sorted().toList()));
        }
    }
}
