package org.gridvoice.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.gridvoice.casework.domain.CaseStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deadlines. A case past its due time is marked late (its office's lead is told); one overdue by
 * more than the grace period is escalated (督办) to the coordinator. Each happens once per case:
 * the marking is a conditional update, so even two app instances running this at the same moment
 * cannot mark a case twice.
 */
@Service
public class CaseDeadlines {

    private final JdbcClient jdbc;
    private final CaseStore store;
    private final FeedbackService feedback;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration grace;

    CaseDeadlines(JdbcClient jdbc, CaseStore store, FeedbackService feedback, ApplicationEventPublisher events, Clock clock,
                  @Value("${gridvoice.casework.escalation-grace:P2D}") Duration grace) {
        this.jdbc = jdbc;
        this.store = store;
        this.feedback = feedback;
        this.events = events;
        this.clock = clock;
        this.grace = grace;
    }

    /** One pass: late marks, escalations, and ended confirmation windows. */
    @Transactional
    public void check() {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Long> late = jdbc.sql("""
                SELECT id FROM casework_case WHERE late_at IS NULL AND status IN ('NEW', 'ACCEPTED', 'IN_PROGRESS')
                  AND ((status = 'NEW' AND response_due_at < :now) OR resolution_due_at < :now)""")
                .param("now", now).query(Long.class).list();
        for (Long id : late) {
            if (jdbc.sql("UPDATE casework_case SET late_at = :now WHERE id = :id AND late_at IS NULL").param("now", now).param("id", id)
                    .update() == 1) {
                mark(id, CaseEventKind.LATE, now);
            }
        }
        List<Long> overdue = jdbc.sql("""
                SELECT id FROM casework_case WHERE escalated_at IS NULL AND status IN ('NEW', 'ACCEPTED', 'IN_PROGRESS')
                  AND resolution_due_at < :limit""")
                .param("limit", now.minus(grace)).query(Long.class).list();
        for (Long id : overdue) {
            if (jdbc.sql("UPDATE casework_case SET escalated_at = :now WHERE id = :id AND escalated_at IS NULL").param("now", now)
                    .param("id", id).update() == 1) {
                mark(id, CaseEventKind.ESCALATED, now);
            }
        }
        feedback.decideEnded();
    }

    private void mark(Long id, CaseEventKind kind, LocalDateTime now) {
        CaseStore.State c = store.state(id).orElseThrow();
        store.event(id, now, kind, null, c.officeId(), null, null, false);
        events.publishEvent(new CaseChanged(id, kind, c.officeId(), c.snapTitle(), false));
    }
}
