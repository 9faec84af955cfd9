package org.gridvoice.voting;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.consultation.Phase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who has not voted yet, for reminders: read by the scheduled reminder job, never shown to anyone.
 * A ballot is found by the same pseudonym a cast writes (of the person, or of their household
 * under the household rule), so a household member whose household voted counts as having voted.
 * Electors are read in batches in user-id order; each batch costs two statements.
 */
@Service
@Transactional(readOnly = true)
public class VoteReminders {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ConsultationService consultations;

    VoteReminders(JdbcClient jdbc, AuditLog audit, ConsultationService consultations) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.consultations = consultations;
    }

    /** Votes open now (electorate taken, no result yet) that close after {@code now} and no later than {@code until}. */
    public List<ClosingVote> closingBetween(LocalDateTime now, LocalDateTime until) {
        List<Long> open = jdbc.sql("""
                SELECT r.consultation_id FROM voting_rules r
                WHERE r.locked_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM voting_result v WHERE v.consultation_id = r.consultation_id)""")
                .query(Long.class).list();
        return consultations.summariesOf(open).stream()
                .filter(c -> c.phase() == Phase.VOTING && c.dates().votingCloseAt().isAfter(now) && !c.dates().votingCloseAt().isAfter(until))
                .map(c -> new ClosingVote(c.id(), c.title(), c.dates().votingOpenAt(), c.dates().votingCloseAt()))
                .toList();
    }

    /** One batch of electors after {@code afterUserId}, in user-id order: who of them has no ballot in, and where the batch ended. */
    public ElectorBatch withoutBallot(Long consultationId, long afterUserId, int size) {
        record Elector(long userId, String householdKey) {
        }
        List<Elector> electors = jdbc.sql("""
                SELECT user_id, household_key FROM voting_elector WHERE consultation_id = :c AND user_id > :after
                ORDER BY user_id LIMIT :size""")
                .param("c", consultationId).param("after", afterUserId).param("size", size).query(Elector.class).list();
        if (electors.isEmpty()) {
            return new ElectorBatch(List.of(), afterUserId, true);
        }
        boolean household = jdbc.sql("SELECT one_per_household FROM voting_rules WHERE consultation_id = :c")
                .param("c", consultationId).query(Boolean.class).optional().orElse(false);
        String context = "consultation-" + consultationId;
        List<String> refs = new ArrayList<>();
        for (Elector e : electors) {
            refs.add(household ? audit.pseudonym(e.householdKey(), context) : audit.pseudonym(e.userId(), context));
        }
        Set<String> voted = new HashSet<>(jdbc.sql("SELECT voter_ref FROM voting_ballot WHERE consultation_id = :c AND voter_ref IN (:refs)")
                .param("c", consultationId).param("refs", refs).query(String.class).list());
        List<Long> without = new ArrayList<>();
        for (int i = 0; i < electors.size(); i++) {
            if (!voted.contains(refs.get(i))) {
                without.add(electors.get(i).userId());
            }
        }
        return new ElectorBatch(without, electors.getLast().userId(), electors.size() < size);
    }

    /** Electors of one batch without a ballot, the last user id read, and whether the electorate ends here. */
    public record ElectorBatch(List<Long> withoutBallot, long lastUserId, boolean last) {
    }
}
