package org.gridvoice.voting.domain;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Ballot rows; a cast or change locks the voter's row so concurrent changes serialise. Positional parameters: written on every vote. */
@Component
public class Ballots {

    public record Ballot(String casterRef, String receipt, LocalDateTime castAt) {
    }

    private final JdbcClient jdbc;

    Ballots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What a ballot write found: a consultation outside its voting window (refused by the table's
     * trigger, see V18), a household whose ballot another member cast, a first ballot, or a change
     * of the voter's own ballot.
     */
    public enum Written { OUTSIDE_WINDOW, OTHER_MEMBER, FIRST, CHANGE }

    private static final String OUTSIDE_WINDOW = "ballot outside the voting window";

    private static boolean outsideWindow(DataAccessException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "45000".equals(sql.getSQLState()) && String.valueOf(sql.getMessage()).contains(OUTSIDE_WINDOW)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes the ballot row of an elector voting for themselves, in one statement: inserted if new,
     * else given the new receipt (its row lock, held to commit, serialises one voter's concurrent
     * changes). The caller has checked the electorate.
     */
    public Written writeOwn(long consultationId, String voterRef, String receipt, LocalDateTime now) {
        int rows;
        try {
            rows = jdbc.sql("""
                    INSERT INTO voting_ballot (consultation_id, voter_ref, caster_ref, receipt, cast_at) VALUES (?, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE receipt = VALUES(receipt), cast_at = VALUES(cast_at), changes = changes + 1""")
                    .params(consultationId, voterRef, voterRef, receipt, now).update();
        } catch (DataAccessException e) {
            if (outsideWindow(e)) {
                return Written.OUTSIDE_WINDOW;
            }
            throw e;
        }
        // MySQL protocol: 1 for an inserted row, 2 for an updated one (the receipt always differs)
        return rows == 1 ? Written.FIRST : Written.CHANGE;
    }

    /**
     * Writes the ballot row of a household: inserted for the first member who votes, changed only
     * by that member. Returns the caster the row belongs to, so the caller refuses anyone else.
     */
    public Written writeForHousehold(long consultationId, String voterRef, String casterRef, String receipt, LocalDateTime now) {
        try {
            jdbc.sql("""
                    INSERT INTO voting_ballot (consultation_id, voter_ref, caster_ref, receipt, cast_at) VALUES (?, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE consultation_id = consultation_id""")
                    .params(consultationId, voterRef, casterRef, receipt, now).update();
        } catch (DataAccessException e) {
            if (outsideWindow(e)) {
                return Written.OUTSIDE_WINDOW;
            }
            throw e;
        }
        Ballot current = jdbc.sql("SELECT caster_ref, receipt, cast_at FROM voting_ballot WHERE consultation_id = ? AND voter_ref = ? FOR UPDATE")
                .params(consultationId, voterRef).query(Ballot.class).single();
        if (!current.casterRef().equals(casterRef)) {
            return Written.OTHER_MEMBER;
        }
        if (current.receipt().equals(receipt)) {
            return Written.FIRST;
        }
        jdbc.sql("UPDATE voting_ballot SET receipt = ?, cast_at = ?, changes = changes + 1 WHERE consultation_id = ? AND voter_ref = ?")
                .params(receipt, now, consultationId, voterRef).update();
        return Written.CHANGE;
    }

    /** Stores the ballot's choices: one multi-row insert, after removing the old ones when the ballot is a change. */
    public void writeChoices(long consultationId, String voterRef, Map<Long, Integer> choices, boolean change) {
        if (change) {
            jdbc.sql("DELETE FROM voting_choice WHERE consultation_id = ? AND voter_ref = ?").params(consultationId, voterRef).update();
        }
        StringBuilder sql = new StringBuilder("INSERT INTO voting_choice (consultation_id, voter_ref, proposal_id, value) VALUES ");
        List<Object> values = new ArrayList<>(choices.size() * 4);
        for (var choice : choices.entrySet()) {
            sql.append(values.isEmpty() ? "" : ", ").append("(?, ?, ?, ?)");
            values.addAll(List.of(consultationId, voterRef, choice.getKey(), choice.getValue()));
        }
        jdbc.sql(sql.toString()).params(values).update();
    }

    public Optional<Ballot> find(long consultationId, String voterRef) {
        return jdbc.sql("SELECT caster_ref, receipt, cast_at FROM voting_ballot WHERE consultation_id = :c AND voter_ref = :v")
                .param("c", consultationId).param("v", voterRef).query(Ballot.class).optional();
    }

    public Map<Long, Integer> choices(long consultationId, String voterRef) {
        Map<Long, Integer> choices = new HashMap<>();
        jdbc.sql("SELECT proposal_id, value FROM voting_choice WHERE consultation_id = :c AND voter_ref = :v")
                .param("c", consultationId).param("v", voterRef)
                .query((rs, n) -> choices.put(rs.getLong(1), rs.getInt(2))).list();
        return choices;
    }
}
