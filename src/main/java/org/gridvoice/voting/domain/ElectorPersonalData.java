package org.gridvoice.voting.domain;

import java.util.List;
import java.util.Map;
import org.gridvoice.account.PersonalDataHolder;
import org.gridvoice.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The votes a user was an elector of. Ballots carry pseudonyms only and stay counted. The electors
 * list keeps its row (the electorate a result was counted against must not shrink), but the household
 * key, made of the person's building, unit and room, becomes a keyed pseudonym of itself: nobody
 * without the installation's audit secret can read the address back. (Under the household rule an
 * erased member of a household whose other members remain counts as a household of their own in a
 * vote not yet counted; a counted result keeps the electorate it stored.)
 */
@Component
class ElectorPersonalData implements PersonalDataHolder {

    static final String CONTEXT = "erased-household";

    private record Elector(long consultationId, String householdKey) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ElectorPersonalData(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public String sectionKey() {
        return "privacy.section.votes";
    }

    @Override
    public List<Map<String, Object>> export(Long userId) {
        return jdbc.sql("""
                SELECT e.consultation_id, c.title AS consultation, e.household_key
                FROM voting_elector e JOIN consultation c ON c.id = e.consultation_id WHERE e.user_id = :u ORDER BY e.consultation_id""")
                .param("u", userId).query().listOfRows();
    }

    @Override
    public void erase(Long userId, boolean withdrawContributions) {
        for (Elector e : jdbc.sql("SELECT consultation_id, household_key FROM voting_elector WHERE user_id = :u AND household_key NOT LIKE 'erased:%'")
                .param("u", userId).query(Elector.class).list()) {
            jdbc.sql("UPDATE voting_elector SET household_key = :k WHERE consultation_id = :c AND user_id = :u")
                    .param("k", "erased:" + audit.pseudonym(e.householdKey(), CONTEXT)).param("c", e.consultationId()).param("u", userId)
                    .update();
        }
    }
}
