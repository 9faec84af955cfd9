package org.gridvoice.budgeting.domain;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Feasibility review rows in plain SQL: one verdict a proposal, replaced when revised. */
@Component
public class Reviews {

    /** A stored verdict; {@code officeId} null: the committee reviewed. */
    public record Row(long proposalId, long consultationId, boolean feasible, String reason, Long correctedCostYuan, String costNote,
                      long reviewerId, Long officeId, LocalDateTime reviewedAt) {
    }

    private static final String COLUMNS = """
            proposal_id, consultation_id, feasible, reason, corrected_cost_yuan, cost_note, reviewer_id, office_id, reviewed_at""";

    private final JdbcClient jdbc;

    Reviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(Row row) {
        jdbc.sql("INSERT INTO budgeting_review (" + COLUMNS + """
                ) VALUES (:p, :c, :f, :r, :cost, :note, :by, :office, :at)
                ON DUPLICATE KEY UPDATE feasible = :f, reason = :r, corrected_cost_yuan = :cost, cost_note = :note,
                    reviewer_id = :by, office_id = :office, reviewed_at = :at""")
                .param("p", row.proposalId()).param("c", row.consultationId()).param("f", row.feasible()).param("r", row.reason())
                .param("cost", row.correctedCostYuan()).param("note", row.costNote()).param("by", row.reviewerId())
                .param("office", row.officeId()).param("at", row.reviewedAt()).update();
    }

    public Optional<Row> find(long proposalId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM budgeting_review WHERE proposal_id = :p").param("p", proposalId)
                .query(Row.class).optional();
    }

    /** The verdicts of these proposals, by proposal id; one statement. */
    public Map<Long, Row> findAll(Collection<Long> proposalIds) {
        Map<Long, Row> found = new HashMap<>();
        if (!proposalIds.isEmpty()) {
            jdbc.sql("SELECT " + COLUMNS + " FROM budgeting_review WHERE proposal_id IN (:p)").param("p", List.copyOf(proposalIds))
                    .query(Row.class).list().forEach(r -> found.put(r.proposalId(), r));
        }
        return found;
    }

    /** The feasible verdicts of a consultation. */
    public List<Row> feasible(long consultationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM budgeting_review WHERE consultation_id = :c AND feasible ORDER BY proposal_id")
                .param("c", consultationId).query(Row.class).list();
    }

    /** The proposals of a consultation that have a verdict. */
    public List<Long> reviewed(long consultationId) {
        return jdbc.sql("SELECT proposal_id FROM budgeting_review WHERE consultation_id = :c").param("c", consultationId)
                .query(Long.class).list();
    }
}
