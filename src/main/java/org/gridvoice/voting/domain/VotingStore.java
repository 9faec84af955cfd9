package org.gridvoice.voting.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.gridvoice.voting.ResultVisibility;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.voting.VotingRules;
import org.gridvoice.voting.VotingRulesForm;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Rules and electorate rows in plain SQL. */
@Component
public class VotingStore {

    private record Row(long consultationId, String method, Integer approvalsPerVoter, Integer acceptedCount, int quorumPercent,
                       int thresholdPercent, String visibility, boolean onePerHousehold, LocalDateTime lockedAt, long version) {
    }

    public record Elector(long userId, String householdKey) {
    }

    private final JdbcClient jdbc;

    VotingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<VotingRules> rules(long consultationId) {
        // mapped by position: read on every vote, and column lookup by name showed up in the profile
        return jdbc.sql("""
                SELECT consultation_id, method, approvals_per_voter, accepted_count, quorum_percent, threshold_percent, visibility,
                    one_per_household, locked_at, version FROM voting_rules WHERE consultation_id = :c""")
                .param("c", consultationId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getObject(3, Integer.class), rs.getObject(4, Integer.class), rs.getInt(5),
                        rs.getInt(6), rs.getString(7), rs.getBoolean(8), rs.getObject(9, LocalDateTime.class), rs.getLong(10)))
                .optional()
                .map(r -> new VotingRules(r.consultationId(), new VotingRulesForm(VotingMethod.valueOf(r.method()), r.approvalsPerVoter(),
                        r.acceptedCount(), r.quorumPercent(), r.thresholdPercent(), ResultVisibility.valueOf(r.visibility()),
                        r.onePerHousehold()), r.lockedAt(), r.version()));
    }

    public void save(long consultationId, VotingRulesForm form) {
        jdbc.sql("""
                INSERT INTO voting_rules (consultation_id, method, approvals_per_voter, accepted_count, quorum_percent,
                    threshold_percent, visibility, one_per_household)
                VALUES (:c, :m, :k, :n, :q, :t, :v, :h)
                ON DUPLICATE KEY UPDATE method = :m, approvals_per_voter = :k, accepted_count = :n, quorum_percent = :q,
                    threshold_percent = :t, visibility = :v, one_per_household = :h, version = version + 1""")
                .param("c", consultationId).param("m", form.method().name()).param("k", form.approvalsPerVoter())
                .param("n", form.acceptedCount()).param("q", form.quorumPercent()).param("t", form.thresholdPercent())
                .param("v", form.visibility().name()).param("h", form.onePerHousehold()).update();
    }

    /** Locks the rules (creating the defaults if the committee chose none); false if they were locked already. */
    public boolean lock(long consultationId, LocalDateTime now) {
        return lock(consultationId, now, VotingRulesForm.defaults());
    }

    /** Locks the rules, creating {@code defaults} if the committee chose none; false if they were locked already. */
    public boolean lock(long consultationId, LocalDateTime now, VotingRulesForm defaults) {
        if (rules(consultationId).isEmpty()) {
            save(consultationId, defaults);
        }
        return jdbc.sql("UPDATE voting_rules SET locked_at = :now WHERE consultation_id = :c AND locked_at IS NULL")
                .param("now", now).param("c", consultationId).update() == 1;
    }

    public void addElectors(long consultationId, List<Elector> electors) {
        for (Elector e : electors) {
            jdbc.sql("INSERT IGNORE INTO voting_elector (consultation_id, user_id, household_key) VALUES (:c, :u, :h)")
                    .param("c", consultationId).param("u", e.userId()).param("h", e.householdKey()).update();
        }
    }

    public long electorate(long consultationId) {
        return jdbc.sql("SELECT COUNT(*) FROM voting_elector WHERE consultation_id = :c").param("c", consultationId).query(Long.class).single();
    }

    public long households(long consultationId) {
        return jdbc.sql("SELECT COUNT(DISTINCT household_key) FROM voting_elector WHERE consultation_id = :c").param("c", consultationId)
                .query(Long.class).single();
    }

    public Optional<String> householdOf(long consultationId, long userId) {
        return jdbc.sql("SELECT household_key FROM voting_elector WHERE consultation_id = :c AND user_id = :u")
                .param("c", consultationId).param("u", userId).query(String.class).optional();
    }

    /** The electorate's user ids, sorted: fixed once voting opened, so a cast can look itself up without a query. */
    public long[] electorIds(long consultationId) {
        return jdbc.sql("SELECT user_id FROM voting_elector WHERE consultation_id = ? ORDER BY user_id").params(consultationId)
                .query((rs, n) -> rs.getLong(1)).list().stream().mapToLong(Long::longValue).toArray();
    }

    public boolean isElector(long consultationId, long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM voting_elector WHERE consultation_id = :c AND user_id = :u")
                .param("c", consultationId).param("u", userId).query(Long.class).single() > 0;
    }

    /** Fixes a budget vote's ballot when voting opens: its projects at their reviewed costs (once). */
    public void fixBudgetProjects(long consultationId, java.util.Map<Long, Long> costs) {
        costs.forEach((proposal, cost) -> jdbc.sql("""
                INSERT IGNORE INTO voting_budget_project (consultation_id, proposal_id, cost_yuan) VALUES (:c, :p, :cost)""")
                .param("c", consultationId).param("p", proposal).param("cost", cost).update());
    }

    /** A budget vote's ballot as fixed when voting opened: proposal → cost in yuan (empty before). */
    public java.util.Map<Long, Long> budgetProjects(long consultationId) {
        java.util.Map<Long, Long> costs = new java.util.HashMap<>();
        jdbc.sql("SELECT proposal_id, cost_yuan FROM voting_budget_project WHERE consultation_id = :c").param("c", consultationId)
                .query((rs, n) -> costs.put(rs.getLong(1), rs.getLong(2))).list();
        return costs;
    }
}
