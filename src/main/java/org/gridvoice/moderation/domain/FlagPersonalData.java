package org.gridvoice.moderation.domain;

import java.util.List;
import java.util.Map;
import org.gridvoice.account.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The flags a user filed. At erasure a flag keeps its reason and its place in the count the committee
 * decided on, but loses the note the person wrote (it may say who they are).
 */
@Component
class FlagPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    FlagPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String sectionKey() {
        return "privacy.section.flags";
    }

    @Override
    public List<Map<String, Object>> export(Long userId) {
        return jdbc.sql("""
                SELECT i.target_type, i.target_id, f.reason, f.note, f.open, f.created_at
                FROM moderation_flag f JOIN moderation_item i ON i.id = f.item_id WHERE f.flagged_by = :u ORDER BY f.created_at""")
                .param("u", userId).query().listOfRows();
    }

    @Override
    public void erase(Long userId, boolean withdrawContributions) {
        jdbc.sql("UPDATE moderation_flag SET note = NULL WHERE flagged_by = :u").param("u", userId).update();
    }
}
