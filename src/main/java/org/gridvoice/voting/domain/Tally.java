package org.gridvoice.voting.domain;

import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The counting itself, in SQL over the stored choices: exact, one GROUP BY per result. */
@Component
public class Tally {

    public record Count(long proposalId, int yes, int no, int abstentions, int approvals) {
    }

    private final JdbcClient jdbc;

    Tally(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int turnout(long consultationId) {
        return jdbc.sql("SELECT COUNT(*) FROM voting_ballot WHERE consultation_id = :c").param("c", consultationId)
                .query(Integer.class).single();
    }

    /**
     * Counts for the proposals on the ballot; a proposal nobody chose gets zeros. One GROUP BY over
     * (proposal, value), read from the covering index, folded here: as cheap as a plain count.
     */
    public List<Count> counts(long consultationId, Set<Long> onBallot) {
        java.util.Map<Long, int[]> byId = new java.util.HashMap<>();
        jdbc.sql("SELECT proposal_id, value, COUNT(*) FROM voting_choice WHERE consultation_id = :c GROUP BY proposal_id, value")
                .param("c", consultationId).query((rs, n) -> {
                    int[] c = byId.computeIfAbsent(rs.getLong(1), k -> new int[4]);
                    int value = rs.getInt(2);
                    int count = rs.getInt(3);
                    if (value == 1) {
                        c[0] += count;
                    } else if (value == -1) {
                        c[1] += count;
                    } else if (value == 0) {
                        c[2] += count;
                    }
                    c[3] += count;
                    return null;
                }).list();
        return onBallot.stream().sorted().map(id -> {
            int[] c = byId.getOrDefault(id, new int[4]);
            return new Count(id, c[0], c[1], c[2], c[3]);
        }).toList();
    }
}
