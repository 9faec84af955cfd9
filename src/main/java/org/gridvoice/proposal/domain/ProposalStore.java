package org.gridvoice.proposal.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.gridvoice.proposal.ProposalCase;
import org.gridvoice.proposal.ProposalTally;
import org.gridvoice.proposal.ProposalVersion;
import org.gridvoice.proposal.SimilarProposal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The parts of proposals kept with plain SQL: endorsements and counts (atomic), versions, bigrams. */
@Component
public class ProposalStore {

    private final JdbcClient jdbc;

    ProposalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks the proposal as entered for its author by a staff member (代录). */
    public void enteredBy(Long proposalId, Long staffId) {
        jdbc.sql("UPDATE proposal SET entered_by = :s WHERE id = :p").param("s", staffId).param("p", proposalId).update();
    }

    /** Adds the endorsement; false if this user had endorsed already (the primary key says so). */
    public boolean endorse(Long proposalId, Long userId, LocalDateTime now) {
        return endorse(proposalId, userId, null, now);
    }

    /** The same, for an endorsement staff entered for the resident ({@code enteredBy}) and the resident attested. */
    public boolean endorse(Long proposalId, Long userId, Long enteredBy, LocalDateTime now) {
        int added = jdbc.sql("""
                INSERT IGNORE INTO proposal_endorsement (proposal_id, user_id, endorsed_at, entered_by) VALUES (:p, :u, :now, :by)""")
                .param("p", proposalId).param("u", userId).param("now", now).param("by", enteredBy).update();
        if (added == 1) {
            jdbc.sql("UPDATE proposal SET endorsement_count = endorsement_count + 1 WHERE id = :p").param("p", proposalId).update();
        }
        return added == 1;
    }

    public boolean withdrawEndorsement(Long proposalId, Long userId) {
        int removed = jdbc.sql("DELETE FROM proposal_endorsement WHERE proposal_id = :p AND user_id = :u")
                .param("p", proposalId).param("u", userId).update();
        if (removed == 1) {
            jdbc.sql("UPDATE proposal SET endorsement_count = endorsement_count - 1 WHERE id = :p").param("p", proposalId).update();
        }
        return removed == 1;
    }

    /**
     * Marks the proposal qualified exactly when its count reaches the threshold, and moves a
     * collecting proposal between OPEN and QUALIFIED with it (dated when it qualified); returns the new state.
     */
    public boolean requalify(Long proposalId, int threshold, LocalDateTime now) {
        jdbc.sql("""
                UPDATE proposal SET qualified = (endorsement_count >= :t),
                    qualified_at = IF(endorsement_count >= :t, COALESCE(qualified_at, :now), NULL),
                    status = IF(status IN ('OPEN', 'QUALIFIED'), IF(endorsement_count >= :t, 'QUALIFIED', 'OPEN'), status)
                WHERE id = :p""").param("t", threshold).param("now", now).param("p", proposalId).update();
        return jdbc.sql("SELECT qualified FROM proposal WHERE id = :p").param("p", proposalId).query(Boolean.class).single();
    }

    /** The consultation a proposal belongs to, read without loading it. */
    public java.util.Optional<Long> consultationOf(Long proposalId) {
        return jdbc.sql("SELECT consultation_id FROM proposal WHERE id = :p").param("p", proposalId).query(Long.class).optional();
    }

    /** Locks both proposals of a merge, lower id first, so two merges of the same pair wait for each other. */
    public void lockForMerge(Long a, Long b) {
        jdbc.sql("SELECT id FROM proposal WHERE id IN (:a, :b) ORDER BY id FOR UPDATE").param("a", a).param("b", b)
                .query(Long.class).list();
    }

    /**
     * Moves a merged proposal's endorsements to the survivor: someone who endorsed both keeps one
     * endorsement, and the survivor's author does not come to endorse their own; both counts follow.
     * Returns how many endorsements the survivor gained.
     */
    public int carryEndorsements(Long mergedId, Long survivorId, Long survivorAuthorId) {
        int added = jdbc.sql("""
                INSERT IGNORE INTO proposal_endorsement (proposal_id, user_id, endorsed_at)
                SELECT :s, user_id, endorsed_at FROM proposal_endorsement WHERE proposal_id = :m AND user_id <> :author""")
                .param("s", survivorId).param("m", mergedId).param("author", survivorAuthorId).update();
        jdbc.sql("DELETE FROM proposal_endorsement WHERE proposal_id = :m").param("m", mergedId).update();
        jdbc.sql("""
                UPDATE proposal SET endorsement_count = (SELECT COUNT(*) FROM proposal_endorsement e WHERE e.proposal_id = proposal.id)
                WHERE id IN (:s, :m)""").param("s", survivorId).param("m", mergedId).update();
        return added;
    }

    /**
     * The survivor of a merge reached its threshold or not: as {@link #requalify} while collecting;
     * after the proposals phase (deliberation) it moves between QUALIFIED and NOT_QUALIFIED instead.
     */
    public void requalifyAfterMerge(Long proposalId, int threshold, boolean collecting, LocalDateTime now) {
        jdbc.sql("""
                UPDATE proposal SET qualified = (endorsement_count >= :t),
                    qualified_at = IF(endorsement_count >= :t, COALESCE(qualified_at, :now), NULL),
                    status = CASE
                        WHEN :collecting AND status IN ('OPEN', 'QUALIFIED') THEN IF(endorsement_count >= :t, 'QUALIFIED', 'OPEN')
                        WHEN NOT :collecting AND status IN ('QUALIFIED', 'NOT_QUALIFIED')
                            THEN IF(endorsement_count >= :t, 'QUALIFIED', 'NOT_QUALIFIED')
                        ELSE status END
                WHERE id = :p""").param("t", threshold).param("now", now).param("collecting", collecting).param("p", proposalId).update();
    }

    /** Proposals of the consultation a proposal may be merged into (not itself, neither withdrawn nor merged), by title, newest first. */
    public List<org.gridvoice.proposal.MergeCandidate> mergeCandidates(Long consultationId, Long mergedId, String text, int offset, int limit) {
        return jdbc.sql("""
                SELECT id, title, endorsement_count FROM proposal
                WHERE consultation_id = :c AND id <> :m AND status NOT IN ('WITHDRAWN', 'MERGED') AND title LIKE :like
                ORDER BY id DESC LIMIT :limit OFFSET :offset""")
                .param("c", consultationId).param("m", mergedId).param("like", org.gridvoice.shared.SqlLike.containing(text == null ? "" : text.strip()))
                .param("limit", limit).param("offset", offset).query(org.gridvoice.proposal.MergeCandidate.class).list();
    }

    /** The proposals phase ended: those still collecting stay qualified or did not qualify. */
    public void endCollecting(Long consultationId) {
        jdbc.sql("""
                UPDATE proposal SET status = IF(qualified, 'QUALIFIED', 'NOT_QUALIFIED')
                WHERE consultation_id = :c AND status IN ('OPEN', 'QUALIFIED')""").param("c", consultationId).update();
    }

    /** Voting opened: the qualified proposals not withdrawn are on the ballot from now. */
    public void openBallot(Long consultationId, LocalDateTime now) {
        jdbc.sql("""
                UPDATE proposal SET status = 'ON_BALLOT', ballot_at = :now
                WHERE consultation_id = :c AND status IN ('OPEN', 'QUALIFIED') AND qualified""")
                .param("c", consultationId).param("now", now).update();
    }

    /** The result line of a proposal on the ballot: accepted or not, with its counts. */
    public void decide(Long proposalId, boolean accepted, ProposalTally tally, LocalDateTime at) {
        jdbc.sql("""
                UPDATE proposal SET status = :s, decided_at = :at, result_method = :m, result_yes = :y, result_no = :n,
                    result_abstentions = :a, result_approvals = :ap, result_tied = :tied
                WHERE id = :p AND status NOT IN ('WITHDRAWN', 'MERGED')""")
                .param("s", accepted ? "ACCEPTED" : "NOT_ACCEPTED").param("at", at).param("m", tally.method().name())
                .param("y", tally.yes()).param("n", tally.no()).param("a", tally.abstentions()).param("ap", tally.approvals())
                .param("tied", tally.tied()).param("p", proposalId).update();
    }

    /**
     * A residents' meeting decided the proposal (a show of hands with its counts, or consensus: no
     * tally); only while nothing decided it yet and it is on no ballot. Returns whether it was decided now.
     */
    public boolean decideAtMeeting(Long proposalId, Long meetingId, boolean accepted, ProposalTally tally, LocalDateTime at) {
        return jdbc.sql("""
                UPDATE proposal SET status = :s, decided_at = :at, decided_meeting_id = :meeting, result_method = :m, result_yes = :y,
                    result_no = :n, result_abstentions = :a, result_approvals = 0, result_tied = FALSE
                WHERE id = :p AND status IN ('OPEN', 'QUALIFIED', 'NOT_QUALIFIED') AND decided_meeting_id IS NULL""")
                .param("s", accepted ? "ACCEPTED" : "NOT_ACCEPTED").param("at", at).param("meeting", meetingId)
                .param("m", tally == null ? null : tally.method().name()).param("y", tally == null ? null : tally.yes())
                .param("n", tally == null ? null : tally.no()).param("a", tally == null ? null : tally.abstentions())
                .param("p", proposalId).update() == 1;
    }

    /** The committee broke a tie in its favour. */
    public void acceptAfterTie(Long proposalId) {
        jdbc.sql("UPDATE proposal SET status = 'ACCEPTED' WHERE id = :p AND status = 'NOT_ACCEPTED'").param("p", proposalId).update();
    }

    /** Its case moved: the proposal follows it (ROUTED while open, RESOLVED, CLOSED; a reopened case is ROUTED again). */
    public void followCase(Long proposalId, ProposalCase c) {
        jdbc.sql("""
                UPDATE proposal SET status = :s, case_id = :case, case_office = :office, case_status = :cs,
                    routed_at = :routed, resolved_at = :resolved, closed_at = :closed
                WHERE id = :p AND status NOT IN ('WITHDRAWN', 'MERGED')""")
                .param("s", c.status().proposalStatus().name()).param("case", c.caseId()).param("office", c.officeName())
                .param("cs", c.status().name()).param("routed", c.routedAt()).param("resolved", c.resolvedAt())
                .param("closed", c.closedAt()).param("p", proposalId).update();
    }

    /** The proposals on a consultation's ballot (qualified, neither withdrawn nor merged): one indexed query, no entities. */
    public java.util.Set<Long> qualifiedIds(Long consultationId) {
        return new java.util.HashSet<>(jdbc.sql("SELECT id FROM proposal WHERE consultation_id = :c AND status NOT IN ('WITHDRAWN', 'MERGED') AND qualified AND decided_meeting_id IS NULL")
                .param("c", consultationId).query(Long.class).list());
    }

    public java.util.List<Long> endorsers(Long proposalId) {
        return jdbc.sql("SELECT user_id FROM proposal_endorsement WHERE proposal_id = :p ORDER BY endorsed_at").param("p", proposalId)
                .query(Long.class).list();
    }

    public boolean hasEndorsed(Long proposalId, Long userId) {
        return userId != null && jdbc.sql("SELECT COUNT(*) FROM proposal_endorsement WHERE proposal_id = :p AND user_id = :u")
                .param("p", proposalId).param("u", userId).query(Long.class).single() > 0;
    }

    public void keepVersion(Long proposalId, String title, String body, LocalDateTime replacedAt) {
        jdbc.sql("INSERT INTO proposal_version (proposal_id, replaced_at, title, body) VALUES (:p, :at, :t, :b)")
                .param("p", proposalId).param("at", replacedAt).param("t", title).param("b", body).update();
    }

    public List<ProposalVersion> versions(Long proposalId) {
        return jdbc.sql("SELECT replaced_at, title, body FROM proposal_version WHERE proposal_id = :p ORDER BY replaced_at, id")
                .param("p", proposalId).query(ProposalVersion.class).list();
    }

    public void indexTitle(Long consultationId, Long proposalId, String title) {
        jdbc.sql("DELETE FROM proposal_bigram WHERE proposal_id = :p").param("p", proposalId).update();
        for (String bigram : TitleBigrams.of(title)) {
            jdbc.sql("INSERT IGNORE INTO proposal_bigram (consultation_id, bigram, proposal_id) VALUES (:c, :b, :p)")
                    .param("c", consultationId).param("b", bigram).param("p", proposalId).update();
        }
    }

    /** Proposals of the consultation still collecting endorsements sharing the most title bigrams, best first; one indexed query. */
    public List<SimilarProposal> similar(Long consultationId, Set<String> bigrams, int limit) {
        if (bigrams.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT p.id, p.title, p.endorsement_count, shared.n AS shared_bigrams
                FROM (SELECT proposal_id, COUNT(*) AS n FROM proposal_bigram
                      WHERE consultation_id = :c AND bigram IN (:bigrams) GROUP BY proposal_id) shared
                JOIN proposal p ON p.id = shared.proposal_id
                WHERE p.status IN ('OPEN', 'QUALIFIED') AND shared.n * 4 >= :size
                ORDER BY shared.n DESC, p.endorsement_count DESC, p.id DESC LIMIT :limit""")
                .param("c", consultationId).param("bigrams", bigrams).param("size", bigrams.size())
                .param("limit", limit).query(SimilarProposal.class).list();
    }

    /** Whether any proposal of the consultation carries a cost estimate. */
    public boolean anyCosted(Long consultationId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM proposal WHERE consultation_id = :c AND cost_yuan IS NOT NULL)")
                .param("c", consultationId).query(Boolean.class).single();
    }
}
