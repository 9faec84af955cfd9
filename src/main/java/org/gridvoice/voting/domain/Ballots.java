package org.gridvoice.voting.domain;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Ballot rows; a cast or change locks the voter's row so concurrent changes serialise. */
@Component
public class Ballots {

    public record Ballot(String casterRef, String receipt, LocalDateTime castAt) {
    }

    private final JdbcClient jdbc;

    Ballots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the ballot row if missing, then locks it for this transaction; returns who cast it first. */
    public Ballot lock(long consultationId, String voterRef, String casterRef, String receipt, LocalDateTime now) {
        jdbc.sql("""
                INSERT INTO voting_ballot (consultation_id, voter_ref, caster_ref, receipt, cast_at) VALUES (:c, :v, :caster, :r, :now)
                ON DUPLICATE KEY UPDATE consultation_id = consultation_id""")
                .param("c", consultationId).param("v", voterRef).param("caster", casterRef).param("r", receipt).param("now", now).update();
        return jdbc.sql("SELECT caster_ref, receipt, cast_at FROM voting_ballot WHERE consultation_id = :c AND voter_ref = :v FOR UPDATE")
                .param("c", consultationId).param("v", voterRef).query(Ballot.class).single();
    }

    public void replaceChoices(long consultationId, String voterRef, Map<Long, Integer> choices, String receipt, LocalDateTime now,
                               boolean change) {
        jdbc.sql("DELETE FROM voting_choice WHERE consultation_id = :c AND voter_ref = :v").param("c", consultationId).param("v", voterRef).update();
        if (!choices.isEmpty()) {
            // one multi-row statement, whatever the number of choices
            StringBuilder sql = new StringBuilder("INSERT INTO voting_choice (consultation_id, voter_ref, proposal_id, value) VALUES ");
            var statement = new java.util.ArrayList<Object>();
            for (var choice : choices.entrySet()) {
                sql.append(statement.isEmpty() ? "" : ", ").append("(?, ?, ?, ?)");
                statement.addAll(java.util.List.of(consultationId, voterRef, choice.getKey(), choice.getValue()));
            }
            jdbc.sql(sql.toString()).params(statement).update();
        }
        jdbc.sql("UPDATE voting_ballot SET receipt = :r, cast_at = :now, changes = changes + :ch WHERE consultation_id = :c AND voter_ref = :v")
                .param("r", receipt).param("now", now).param("ch", change ? 1 : 0).param("c", consultationId).param("v", voterRef).update();
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
