package org.gridvoice.proposal.domain;

import java.util.List;
import java.util.Map;
import org.gridvoice.account.PersonalDataHolder;
import org.springframework.stereotype.Component;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The proposals a user endorsed. Endorsements stay counted after erasure (a proposal's qualification
 * was decided with them); the row then points to an erased account that names nobody.
 */
@Component
class EndorsementPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    EndorsementPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String sectionKey() {
        return "privacy.section.endorsements";
    }

    @Override
    public List<Map<String, Object>> export(Long userId) {
        return jdbc.sql("""
                SELECT e.proposal_id, p.title, e.endorsed_at FROM proposal_endorsement e JOIN proposal p ON p.id = e.proposal_id
                WHERE e.user_id = :u ORDER BY e.endorsed_at""").param("u", userId).query().listOfRows();
    }

    @Override
    public void erase(Long userId, boolean withdrawContributions) {
        // nothing to erase: see the class comment
    }
}
