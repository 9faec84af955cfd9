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

    /** Counts for the proposals on the ballot; a proposal nobody chose gets zeros. */
    public List<Count> counts(long consultationId, Set<Long> onBallot) {
        var counted = jdbc.sql("""
                SELECT proposal_id, SUM(value = 1) AS yes, SUM(value = -1) AS no, SUM(value = 0) AS abstentions, COUNT(*) AS approvals
                FROM voting_choice WHERE consultation_id = :c GROUP BY proposal_id""")
                .param("c", consultationId).query(Count.class).list();
        var byId = counted.stream().collect(java.util.stream.Collectors.toMap(Count::proposalId, c -> c));
        return onBallot.stream().sorted().map(id -> byId.getOrDefault(id, new Count(id, 0, 0, 0, 0))).toList();
    }
}
