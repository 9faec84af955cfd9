package org.gridvoice.casework.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.casework.CaseEventKind;
import org.gridvoice.casework.CaseSource;
import org.gridvoice.casework.CaseStatus;
import org.gridvoice.casework.Resolution;
import org.gridvoice.casework.Satisfaction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Case rows and timeline entries in plain SQL; {@link #transition} is the one writer of a case's lifecycle. */
@Component
public class CaseStore {

    /** The columns the workflow decides on. */
    public record State(long id, CaseSource source, Long proposalId, Long consultationId, long streetId, long communityId, CaseStatus status, long officeId,
                        int hops, boolean atCoordinator, boolean assignedForGood, int responseHours, LocalDateTime responseDueAt,
                        LocalDateTime resolutionDueAt, int feedbackRound, String snapTitle, long version) {
    }

    private static final String LIFECYCLE = """
            id, status, office_id, hops, at_coordinator, assigned_for_good, response_hours, response_due_at, resolution_due_at,
            accepted_at, accepted_late, expected_at, resolved_at, feedback_until, feedback_round, closed_at, late_at, escalated_at,
            office_summary""";

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
                SELECT id, source, proposal_id, consultation_id, street_id, community_id, status, office_id, hops, at_coordinator, assigned_for_good,
                    response_hours, response_due_at, resolution_due_at, feedback_round, snap_title, version FROM casework_case
                WHERE id = :id""" + lock)
                .param("id", caseId).query(State.class).optional();
    }

    /**
     * The case's lifecycle as its rules see it; {@code coordinatorOfficeId} is the street's coordinator
     * office now (the responsibility list says). Before a step, {@link #lock} the row first: transactions
     * read committed (application.properties), so this read then sees the last step's result.
     */
    public Case lifecycle(long caseId, Long coordinatorOfficeId) {
        return jdbc.sql("SELECT " + LIFECYCLE + " FROM casework_case WHERE id = :id").param("id", caseId)
                .query((rs, n) -> lifecycle(rs, coordinatorOfficeId)).single();
    }

    private static Case lifecycle(ResultSet rs, Long coordinator) throws SQLException {
        return new Case(rs.getLong("id"), CaseStatus.valueOf(rs.getString("status")), rs.getLong("office_id"), coordinator,
                rs.getInt("hops"), rs.getBoolean("at_coordinator"), rs.getBoolean("assigned_for_good"), rs.getInt("response_hours"),
                time(rs, "response_due_at"), time(rs, "resolution_due_at"), time(rs, "accepted_at"),
                rs.getObject("accepted_late", Boolean.class), time(rs, "expected_at"), time(rs, "resolved_at"),
                time(rs, "feedback_until"), rs.getInt("feedback_round"), time(rs, "closed_at"), time(rs, "late_at"),
                time(rs, "escalated_at"), rs.getString("office_summary"));
    }

    private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class);
    }

    /** Writes a step's new state: every lifecycle column, typed, from the {@link Case} the step made. */
    public void transition(Case next) {
        int written = jdbc.sql("""
                UPDATE casework_case SET status = :status, office_id = :office, hops = :hops, at_coordinator = :atCoordinator,
                    assigned_for_good = :forGood, response_due_at = :responseDue, accepted_at = :acceptedAt, accepted_late = :acceptedLate,
                    expected_at = :expectedAt, resolved_at = :resolvedAt, feedback_until = :feedbackUntil, feedback_round = :round,
                    closed_at = :closedAt, late_at = :lateAt, escalated_at = :escalatedAt, office_summary = :summary,
                    version = version + 1
                WHERE id = :id""")
                .param("status", next.status().name()).param("office", next.officeId()).param("hops", next.hops())
                .param("atCoordinator", next.atCoordinator()).param("forGood", next.assignedForGood())
                .param("responseDue", next.responseDueAt()).param("acceptedAt", next.acceptedAt()).param("acceptedLate", next.acceptedLate())
                .param("expectedAt", next.expectedAt()).param("resolvedAt", next.resolvedAt()).param("feedbackUntil", next.feedbackUntil())
                .param("round", next.feedbackRound()).param("closedAt", next.closedAt()).param("lateAt", next.lateAt())
                .param("escalatedAt", next.escalatedAt()).param("summary", next.officeSummary()).param("id", next.id()).update();
        if (written != 1) {
            throw new IllegalStateException("case " + next.id() + " not found");
        }
    }

    /** Open cases not yet marked late whose deadline passed before {@code now} (candidates: lock and check each). */
    public List<Long> lateCandidates(LocalDateTime now) {
        return jdbc.sql("""
                SELECT id FROM casework_case WHERE late_at IS NULL AND status IN (:open)
                  AND ((status = :new AND response_due_at < :now) OR resolution_due_at < :now) ORDER BY id""")
                .param("open", open()).param("new", CaseStatus.NEW.name()).param("now", now).query(Long.class).list();
    }

    /** Open cases not yet escalated whose resolution deadline passed before {@code limit}. */
    public List<Long> overdueCandidates(LocalDateTime limit) {
        return jdbc.sql("""
                SELECT id FROM casework_case WHERE escalated_at IS NULL AND status IN (:open) AND resolution_due_at < :limit ORDER BY id""")
                .param("open", open()).param("limit", limit).query(Long.class).list();
    }

    /** Resolved cases whose confirmation window has ended by {@code now}. */
    public List<Long> windowEnded(LocalDateTime now) {
        return jdbc.sql("SELECT id FROM casework_case WHERE status = :resolved AND feedback_until <= :now ORDER BY id")
                .param("resolved", CaseStatus.RESOLVED.name()).param("now", now).query(Long.class).list();
    }

    private static List<String> open() {
        return Arrays.stream(CaseStatus.values()).filter(CaseStatus::open).map(CaseStatus::name).toList();
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
     * could be guessed back from the public chain. Returns the new row's id (photos attach to it).
     */
    public long event(long caseId, LocalDateTime at, CaseEventKind kind, Long actorId, Long officeId, Long toOfficeId, String note,
                      boolean internal) {
        // DATETIME(6) keeps microseconds: the entry must name the time the timeline will show
        LocalDateTime stored = at.truncatedTo(ChronoUnit.MICROS);
        long id = insertEvent(caseId, stored, kind, actorId, officeId, toOfficeId, note, internal);
        if (!internal) {
            audit.append(new TimelineStep(id, caseId, stored, kind, actorId, officeId, toOfficeId, note, null).auditRecord());
        }
        return id;
    }

    /**
     * A resident's answer to "is it resolved?": a CONFIRMED timeline row (no actor: counted, never who
     * gave it) with the resident's comment as its public note, the answers beside it, and the entry
     * covering both.
     */
    public void confirmed(long caseId, LocalDateTime at, Long officeId, String comment, Resolution resolution, Satisfaction satisfaction) {
        LocalDateTime stored = at.truncatedTo(ChronoUnit.MICROS);
        long id = insertEvent(caseId, stored, CaseEventKind.CONFIRMED, null, officeId, null, comment, false);
        jdbc.sql("INSERT INTO casework_confirmation (event_id, resolution, satisfaction) VALUES (:e, :r, :s)")
                .param("e", id).param("r", resolution.name()).param("s", satisfaction.name()).update();
        audit.append(new TimelineStep(id, caseId, stored, CaseEventKind.CONFIRMED, null, officeId, null, comment,
                resolution.name() + " " + satisfaction.name()).auditRecord());
    }

    /**
     * A funded project's milestone or resolution: the timeline row, its figures beside it, and the entry
     * covering both (as {@link #confirmed} does for an answer). {@code reachedOn} is null for a resolution,
     * {@code spentYuan} null for a milestone.
     */
    public long progressEvent(long caseId, LocalDateTime at, CaseEventKind kind, Long actorId, Long officeId, String note, int percent,
                              java.time.LocalDate reachedOn, Long spentYuan) {
        LocalDateTime stored = at.truncatedTo(ChronoUnit.MICROS);
        long id = insertEvent(caseId, stored, kind, actorId, officeId, null, note, false);
        jdbc.sql("INSERT INTO casework_progress (event_id, percent, reached_on, spent_yuan) VALUES (:e, :p, :r, :s)")
                .param("e", id).param("p", percent).param("r", reachedOn).param("s", spentYuan).update();
        audit.append(new TimelineStep(id, caseId, stored, kind, actorId, officeId, null, note, progressDetail(percent, reachedOn, spentYuan))
                .auditRecord());
        return id;
    }

    /** The figures a progress row adds to its chain entry; {@link PublicTimeline} computes the same in SQL. */
    static String progressDetail(int percent, java.time.LocalDate reachedOn, Long spentYuan) {
        return spentYuan == null ? percent + " on " + reachedOn : percent + " spent " + spentYuan;
    }

    /** The budget a funded project's case carries, empty for any other case. */
    public java.util.Optional<Long> budgetOf(long caseId) {
        return jdbc.sql("SELECT budget_yuan FROM casework_case WHERE id = :c AND budget_yuan IS NOT NULL").param("c", caseId)
                .query(Long.class).optional();
    }

    /** Gives a case made of a funded project the budget the vote gave it (at routing, in the routing transaction). */
    public void setBudget(long caseId, long budgetYuan) {
        jdbc.sql("UPDATE casework_case SET budget_yuan = :b WHERE id = :c").param("b", budgetYuan).param("c", caseId).update();
    }

    private long insertEvent(long caseId, LocalDateTime at, CaseEventKind kind, Long actorId, Long officeId, Long toOfficeId, String note,
                             boolean internal) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO casework_event (case_id, at, kind, actor_id, office_id, to_office_id, note, internal)
                VALUES (:c, :at, :k, :actor, :office, :to, :note, :internal)""")
                .param("c", caseId).param("at", at).param("k", kind.name()).param("actor", actorId).param("office", officeId)
                .param("to", toOfficeId).param("note", note).param("internal", internal).update(key, "id");
        return key.getKey().longValue();
    }
}
