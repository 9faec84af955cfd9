package org.gridvoice.voting.domain;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridvoice.voting.BallotChannel;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Ballot rows; a cast or change locks the voter's row so concurrent changes serialise. Positional parameters: written on every vote. */
@Component
public class Ballots {

    public record Ballot(String casterRef, String receipt, LocalDateTime castAt, BallotChannel channel) {
    }

    private final JdbcClient jdbc;

    Ballots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What a ballot write found: a consultation outside its voting window (refused by the table's
     * trigger, see V18), a household whose ballot another member cast, a first ballot, or a change
     * of the voter's own ballot, or a ballot the voter cast through the other channel (refused by the
     * table's trigger, see V46: a paper ballot changes only on paper, an online one only online).
     */
    public enum Written { OUTSIDE_WINDOW, OTHER_MEMBER, OTHER_CHANNEL, FIRST, CHANGE }

    private static final String OUTSIDE_WINDOW = "ballot outside the voting window";
    private static final String OTHER_CHANNEL = "ballot cast through the other channel";

    /** The refusal one of the ballot table's triggers signalled, or empty for any other failure. */
    private static Optional<Written> refusal(DataAccessException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "45000".equals(sql.getSQLState())) {
                String message = String.valueOf(sql.getMessage());
                if (message.contains(OUTSIDE_WINDOW)) {
                    return Optional.of(Written.OUTSIDE_WINDOW);
                }
                if (message.contains(OTHER_CHANNEL)) {
                    return Optional.of(Written.OTHER_CHANNEL);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Writes the ballot row of an elector voting for themselves, in one statement: inserted if new,
     * else given the new receipt (its row lock, held to commit, serialises one voter's concurrent
     * changes). The caller has checked the electorate.
     */
    public Written writeOwn(long consultationId, String voterRef, String receipt, LocalDateTime now, BallotChannel channel) {
        int rows;
        try {
            rows = jdbc.sql("""
                    INSERT INTO voting_ballot (consultation_id, voter_ref, caster_ref, receipt, cast_at, channel) VALUES (?, ?, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE receipt = VALUES(receipt), cast_at = VALUES(cast_at), changes = changes + 1,
                        channel = VALUES(channel)""")
                    .params(consultationId, voterRef, voterRef, receipt, now, channel.name()).update();
        } catch (DataAccessException e) {
            return refusal(e).orElseThrow(() -> e);
        }
        // MySQL protocol: 1 for an inserted row, 2 for an updated one (the receipt always differs)
        return rows == 1 ? Written.FIRST : Written.CHANGE;
    }

    /**
     * Writes the ballot row of a household: inserted for the first member who votes, changed only
     * by that member. Returns the caster the row belongs to, so the caller refuses anyone else.
     */
    public Written writeForHousehold(long consultationId, String voterRef, String casterRef, String receipt, LocalDateTime now,
                                     BallotChannel channel) {
        try {
            jdbc.sql("""
                    INSERT INTO voting_ballot (consultation_id, voter_ref, caster_ref, receipt, cast_at, channel) VALUES (?, ?, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE consultation_id = consultation_id""")
                    .params(consultationId, voterRef, casterRef, receipt, now, channel.name()).update();
        } catch (DataAccessException e) {
            return refusal(e).orElseThrow(() -> e);
        }
        Ballot current = jdbc.sql("SELECT caster_ref, receipt, cast_at, channel FROM voting_ballot WHERE consultation_id = ? AND voter_ref = ? FOR UPDATE")
                .params(consultationId, voterRef).query(Ballot.class).single();
        if (!current.casterRef().equals(casterRef)) {
            return Written.OTHER_MEMBER;
        }
        if (current.receipt().equals(receipt)) {
            return Written.FIRST;
        }
        if (current.channel() != channel) {
            return Written.OTHER_CHANNEL;
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
        return jdbc.sql("SELECT caster_ref, receipt, cast_at, channel FROM voting_ballot WHERE consultation_id = :c AND voter_ref = :v")
                .param("c", consultationId).param("v", voterRef).query(Ballot.class).optional();
    }

    /** The ballots of these voters, by voter reference (absent: not voted); one statement for a page of electors. */
    public Map<String, Ballot> findAll(long consultationId, java.util.Collection<String> voterRefs) {
        Map<String, Ballot> found = new HashMap<>();
        if (voterRefs.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT voter_ref, caster_ref, receipt, cast_at, channel FROM voting_ballot WHERE consultation_id = :c AND voter_ref IN (:v)")
                .param("c", consultationId).param("v", List.copyOf(voterRefs))
                .query((rs, n) -> found.put(rs.getString(1), new Ballot(rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDateTime.class), BallotChannel.valueOf(rs.getString(5))))).list();
        return found;
    }

    /** How many ballots came in through each channel (a channel without ballots is absent). */
    public Map<BallotChannel, Integer> countByChannel(long consultationId) {
        Map<BallotChannel, Integer> counts = new java.util.EnumMap<>(BallotChannel.class);
        jdbc.sql("SELECT channel, COUNT(*) FROM voting_ballot WHERE consultation_id = :c GROUP BY channel")
                .param("c", consultationId)
                .query((rs, n) -> counts.put(BallotChannel.valueOf(rs.getString(1)), rs.getInt(2))).list();
        return counts;
    }

    public Map<Long, Integer> choices(long consultationId, String voterRef) {
        Map<Long, Integer> choices = new HashMap<>();
        jdbc.sql("SELECT proposal_id, value FROM voting_choice WHERE consultation_id = :c AND voter_ref = :v")
                .param("c", consultationId).param("v", voterRef)
                .query((rs, n) -> choices.put(rs.getLong(1), rs.getInt(2))).list();
        return choices;
    }
}
