package org.gridvoice.initiative.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridvoice.account.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The initiatives a user opened and signed. On erasure the signatures stay counted (a threshold may have
 * been met with them) but lose the address: the household becomes the erased account's own; with
 * contributions withdrawn, a signature on an initiative still collecting is taken back and an initiative
 * they opened that still collects is withdrawn. Initiatives stay public without a name (none is ever shown).
 */
@Component
class InitiativePersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    InitiativePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String sectionKey() {
        return "initiative.privacy.section";
    }

    @Override
    public List<Map<String, Object>> export(Long userId) {
        List<Map<String, Object>> items = new ArrayList<>(jdbc.sql("""
                SELECT id AS initiative_id, title, body_markdown, opened_at, status FROM initiative WHERE opened_by = :u ORDER BY opened_at""")
                .param("u", userId).query().listOfRows());
        items.addAll(jdbc.sql("""
                SELECT s.initiative_id, i.title, s.signed_at, s.household_key FROM initiative_signature s JOIN initiative i ON i.id = s.initiative_id
                WHERE s.user_id = :u ORDER BY s.signed_at""").param("u", userId).query().listOfRows());
        return items;
    }

    @Override
    public void erase(Long userId, boolean withdrawContributions) {
        if (withdrawContributions) {
            List<Long> open = jdbc.sql("""
                    SELECT s.initiative_id FROM initiative_signature s JOIN initiative i ON i.id = s.initiative_id
                    WHERE s.user_id = :u AND i.status = 'OPEN' FOR UPDATE""").param("u", userId).query(Long.class).list();
            for (Long id : open) {
                jdbc.sql("DELETE FROM initiative_signature WHERE initiative_id = :i AND user_id = :u").param("i", id).param("u", userId).update();
                jdbc.sql("""
                        UPDATE initiative SET signers = (SELECT COUNT(*) FROM initiative_signature WHERE initiative_id = :i),
                            households = (SELECT COUNT(DISTINCT household_key) FROM initiative_signature WHERE initiative_id = :i) WHERE id = :i""")
                        .param("i", id).update();
            }
            jdbc.sql("UPDATE initiative SET status = 'WITHDRAWN' WHERE opened_by = :u AND status = 'OPEN'").param("u", userId).update();
        }
        jdbc.sql("UPDATE initiative_signature SET household_key = CONCAT('erased:', user_id) WHERE user_id = :u").param("u", userId).update();
    }
}
