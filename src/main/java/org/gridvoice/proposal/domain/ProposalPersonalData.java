package org.gridvoice.proposal.domain;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.gridvoice.account.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A user's proposals and their earlier versions. Kept at erasure under "a former resident" (the author
 * id stays, it points to an erased account). Withdrawn on request only while nobody voted on them
 * (OPEN, QUALIFIED, NOT_QUALIFIED): their words and versions go; a proposal on a ballot or decided
 * belongs to the consultation's record and stays, nameless.
 */
@Component
class ProposalPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;
    private final Clock clock;

    ProposalPersonalData(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String sectionKey() {
        return "privacy.section.proposals";
    }

    @Override
    public List<Map<String, Object>> export(Long userId) {
        return jdbc.sql("""
                SELECT p.id, p.consultation_id, p.title, p.body, p.place_text, p.status, p.author_shown, p.created_at, p.edited_at,
                       p.withdrawn_at, p.withdraw_reason,
                       (SELECT COUNT(*) FROM proposal_version v WHERE v.proposal_id = p.id) AS earlier_versions
                FROM proposal p WHERE p.author_id = :u ORDER BY p.created_at""").param("u", userId).query().listOfRows();
    }

    @Override
    public void erase(Long userId, boolean withdrawContributions) {
        if (!withdrawContributions) {
            return;
        }
        List<Long> open = jdbc.sql("SELECT id FROM proposal WHERE author_id = :u AND status IN ('OPEN', 'QUALIFIED', 'NOT_QUALIFIED')")
                .param("u", userId).query(Long.class).list();
        if (open.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM proposal_version WHERE proposal_id IN (:ids)").param("ids", open).update();
        jdbc.sql("DELETE FROM proposal_bigram WHERE proposal_id IN (:ids)").param("ids", open).update();
        jdbc.sql("""
                UPDATE proposal SET status = 'WITHDRAWN', withdrawn_at = COALESCE(withdrawn_at, :now), withdraw_reason = NULL,
                       title = '', body = '', place_text = NULL, author_shown = FALSE, version = version + 1
                WHERE id IN (:ids)""").param("now", LocalDateTime.now(clock)).param("ids", open).update();
    }
}
