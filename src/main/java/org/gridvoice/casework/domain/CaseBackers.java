package org.gridvoice.casework.domain;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.gridvoice.casework.CaseSource;
import org.gridvoice.proposal.ProposalService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The residents behind a case, who hear of its public steps and are asked to confirm its
 * resolution: a proposal's author and endorsers (asked of the proposal, as they stand now), or a
 * request's requester and those who said "me too" (同诉), kept with the case.
 */
@Component
public class CaseBackers {

    public static final String REQUESTER = "REQUESTER";
    public static final String SUPPORTER = "SUPPORTER";

    private final JdbcClient jdbc;
    private final ProposalService proposals;

    CaseBackers(JdbcClient jdbc, ProposalService proposals) {
        this.jdbc = jdbc;
        this.proposals = proposals;
    }

    /** Everyone behind the case, the author or requester first; each once. */
    public List<Long> of(CaseStore.State c) {
        if (c.source() == CaseSource.PROPOSAL) {
            List<Long> people = new ArrayList<>();
            people.add(proposals.summaryOf(c.proposalId()).authorId());
            proposals.endorsers(c.proposalId()).stream().filter(p -> !people.contains(p)).forEach(people::add);
            return people;
        }
        return jdbc.sql("SELECT user_id FROM casework_case_backer WHERE case_id = :c ORDER BY kind = 'SUPPORTER', since, user_id")
                .param("c", c.id()).query(Long.class).list();
    }

    /** How many residents said "me too" (同诉) to a request's case, the requester not counted; 0 for a proposal's. */
    public int supporters(long caseId) {
        return jdbc.sql("SELECT COUNT(*) FROM casework_case_backer WHERE case_id = :c AND kind = :k").param("c", caseId)
                .param("k", SUPPORTER).query(Integer.class).single();
    }

    /** Adds a person behind a request's case; false when they are behind it already. */
    public boolean add(long caseId, long userId, String kind, LocalDateTime since) {
        return jdbc.sql("INSERT IGNORE INTO casework_case_backer (case_id, user_id, kind, since) VALUES (:c, :u, :k, :s)")
                .param("c", caseId).param("u", userId).param("k", kind).param("s", since).update() == 1;
    }
}
