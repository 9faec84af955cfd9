package org.gridvoice.request.domain;

import java.util.List;
import java.util.Map;
import org.gridvoice.account.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A user's requests and their "me too"s. A request became a case at once, and its words and place
 * (the street where something is wrong, not where the person lives) are the case's: they stay, with
 * or without a withdrawal. What names the person goes: the choice to show their name and any contact
 * kept with the request; supports stay counted, pointing to an erased account.
 */
@Component
class RequestPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    RequestPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String sectionKey() {
        return "privacy.section.requests";
    }

    @Override
    public List<Map<String, Object>> export(Long userId) {
        return jdbc.sql("""
                SELECT 'FILED' AS relation, r.id, r.case_id, r.description, r.address, r.latitude, r.longitude, r.show_name,
                       r.contact_name, r.contact_email, r.contact_phone, r.status, r.filed_at AS at
                FROM request r WHERE r.author_id = :u
                UNION ALL
                SELECT 'ME_TOO', r.id, r.case_id, r.description, r.address, NULL, NULL, NULL, NULL, NULL, NULL, r.status, s.at
                FROM request_support s JOIN request r ON r.id = s.request_id WHERE s.user_id = :u
                ORDER BY at""").param("u", userId).query().listOfRows();
    }

    @Override
    public void erase(Long userId, boolean withdrawContributions) {
        jdbc.sql("UPDATE request SET show_name = FALSE, contact_name = NULL, contact_email = NULL, contact_phone = NULL WHERE author_id = :u")
                .param("u", userId).update();
    }
}
