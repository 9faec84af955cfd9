package org.gridvoice.casework.domain;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.casework.CaseEventKind;
import org.gridvoice.casework.CaseStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Case rows and timeline entries in plain SQL. */
@Component
public class CaseStore {

    /** The columns the workflow decides on. */
    public record State(long id, long proposalId, long streetId, long communityId, String status, long officeId, int hops,
                        boolean atCoordinator, boolean assignedForGood, int responseHours, LocalDateTime responseDueAt,
                        LocalDateTime resolutionDueAt, int feedbackRound, String snapTitle, long version) {

        public CaseStatus caseStatus() {
            return CaseStatus.valueOf(status);
        }
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;

    CaseStore(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public Optional<State> state(long caseId) {
        return select(caseId, "");
    }

    /** Reads and locks the row for this transaction, so concurrent steps on one case queue up instead of racing. */
    public Optional<State> lock(long caseId) {
        return select(caseId, " FOR UPDATE");
    }

    private Optional<State> select(long caseId, String lock) {
        return jdbc.sql("""
                SELECT id, proposal_id, street_id, community_id, status, office_id, hops, at_coordinator, assigned_for_good, response_hours,
                    response_due_at, resolution_due_at, feedback_round, snap_title, version FROM casework_case WHERE id = :id""" + lock)
                .param("id", caseId).query(State.class).optional();
    }

    /** The co-handling offices (协办单位) the responsibility list named when the case was routed. */
    public List<Long> coOffices(long caseId) {
        return jdbc.sql("SELECT office_id FROM casework_case_co_office WHERE case_id = :c ORDER BY office_id").param("c", caseId)
                .query(Long.class).list();
    }

    /**
     * Writes one timeline row, the only place that does, and in the same transaction appends the
     * audit entry that covers it (see {@link TimelineStep}). Internal notes are not chained: they are
     * no public decision, a visitor could not check them, and even a hash of a short note (say "ok")
     * could be guessed back from the public chain.
     */
    public void event(long caseId, LocalDateTime at, CaseEventKind kind, Long actorId, Long officeId, Long toOfficeId, String note,
                      boolean internal) {
        // DATETIME(6) keeps microseconds: the entry must name the time the timeline will show
        LocalDateTime stored = at.truncatedTo(ChronoUnit.MICROS);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO casework_event (case_id, at, kind, actor_id, office_id, to_office_id, note, internal)
                VALUES (:c, :at, :k, :actor, :office, :to, :note, :internal)""")
                .param("c", caseId).param("at", stored).param("k", kind.name()).param("actor", actorId).param("office", officeId)
                .param("to", toOfficeId).param("note", note).param("internal", internal).update(key, "id");
        if (!internal) {
            audit.append(new TimelineStep(key.getKey().longValue(), caseId, stored, kind, actorId, officeId, toOfficeId, note).auditRecord());
        }
    }
}
