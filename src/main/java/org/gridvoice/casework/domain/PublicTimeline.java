package org.gridvoice.casework.domain;

import java.time.LocalDateTime;
import java.util.List;
import org.gridvoice.casework.CaseEventKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A case's public timeline rows as stored, for checking them against the audit chain. */
@Component
public class PublicTimeline {

    private final JdbcClient jdbc;

    PublicTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every public step of the case in the order it was written (with its figures as {@link CaseStore#progressDetail} writes them). */
    public List<TimelineStep> steps(long caseId) {
        return jdbc.sql("""
                SELECT e.id, e.case_id, e.at, e.kind, e.actor_id, e.office_id, e.to_office_id, e.note,
                    COALESCE(CONCAT(f.resolution, ' ', f.satisfaction), CASE WHEN p.event_id IS NULL THEN NULL
                        WHEN p.spent_yuan IS NULL THEN CONCAT(p.percent, ' on ', p.reached_on)
                        ELSE CONCAT(p.percent, ' spent ', p.spent_yuan) END)
                FROM casework_event e LEFT JOIN casework_confirmation f ON f.event_id = e.id
                    LEFT JOIN casework_progress p ON p.event_id = e.id
                WHERE e.case_id = :c AND e.internal = FALSE ORDER BY e.id""")
                .param("c", caseId)
                .query((rs, n) -> new TimelineStep(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDateTime.class),
                        CaseEventKind.valueOf(rs.getString(4)), rs.getObject(5, Long.class),
                        rs.getObject(6, Long.class), rs.getObject(7, Long.class), rs.getString(8), rs.getString(9)))
                .list();
    }
}
