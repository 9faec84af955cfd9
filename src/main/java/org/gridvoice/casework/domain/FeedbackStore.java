package org.gridvoice.casework.domain;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import org.gridvoice.casework.CaseStatus;
import org.gridvoice.casework.FeedbackForm;
import org.gridvoice.casework.FeedbackTally;
import org.gridvoice.casework.Resolution;
import org.gridvoice.casework.Satisfaction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who was asked to confirm a resolved case, and their answers, per round, in plain SQL. */
@Component
public class FeedbackStore {

    private final JdbcClient jdbc;

    FeedbackStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void ask(long caseId, int round, long userId, LocalDateTime now) {
        jdbc.sql("INSERT INTO casework_feedback (case_id, round_no, user_id, asked_at) VALUES (:c, :r, :u, :now)")
                .param("c", caseId).param("r", round).param("u", userId).param("now", now).update();
    }

    /** Whether the person is asked in the case's current round, the case is resolved, and they have not answered yet. */
    public boolean awaits(long caseId, long userId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM casework_feedback f JOIN casework_case c ON c.id = f.case_id AND c.feedback_round = f.round_no
                WHERE f.case_id = :c AND f.user_id = :u AND f.answered_at IS NULL AND c.status = :resolved""")
                .param("c", caseId).param("u", userId).param("resolved", CaseStatus.RESOLVED.name()).query(Integer.class).single() > 0;
    }

    /** Records one answer; false when the person was not asked in this round or has answered already. */
    public boolean answer(long caseId, int round, long userId, FeedbackForm form, String comment, LocalDateTime now) {
        return jdbc.sql("""
                UPDATE casework_feedback SET resolution = :r, satisfaction = :s, comment = :comment, answered_at = :now
                WHERE case_id = :c AND round_no = :round AND user_id = :u AND answered_at IS NULL""")
                .param("r", form.resolution().name()).param("s", form.satisfaction().name()).param("comment", comment)
                .param("now", now).param("c", caseId).param("round", round).param("u", userId).update() == 1;
    }

    /** The answers of one round, counted; those asked who have not answered count as asked only. */
    public FeedbackTally tally(long caseId, int round) {
        Map<Resolution, Integer> resolution = new EnumMap<>(Resolution.class);
        Map<Satisfaction, Integer> satisfaction = new EnumMap<>(Satisfaction.class);
        for (Resolution r : Resolution.values()) {
            resolution.put(r, 0);
        }
        for (Satisfaction s : Satisfaction.values()) {
            satisfaction.put(s, 0);
        }
        int[] asked = {0};
        jdbc.sql("SELECT resolution, satisfaction FROM casework_feedback WHERE case_id = :c AND round_no = :r")
                .param("c", caseId).param("r", round).query((rs, n) -> {
                    asked[0]++;
                    if (rs.getString(1) != null) {
                        resolution.merge(Resolution.valueOf(rs.getString(1)), 1, Integer::sum);
                        satisfaction.merge(Satisfaction.valueOf(rs.getString(2)), 1, Integer::sum);
                    }
                    return null;
                }).list();
        return new FeedbackTally(round, asked[0], resolution, satisfaction);
    }
}
