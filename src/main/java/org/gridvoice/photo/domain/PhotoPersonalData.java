package org.gridvoice.photo.domain;

import java.util.List;
import java.util.Map;
import org.gridvoice.account.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The photos a user uploaded (re-encoded, without their camera's metadata). Attached photos show the
 * place of a request and stay with its case, no longer linked to the uploader; pending ones, never
 * attached, are deleted.
 */
@Component
class PhotoPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    PhotoPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String sectionKey() {
        return "privacy.section.photos";
    }

    @Override
    public List<Map<String, Object>> export(Long userId) {
        return jdbc.sql("""
                SELECT id, owner_kind, owner_id, label, width, height, uploaded_at, CONCAT('/photos/', id, '/DISPLAY') AS link
                FROM photo WHERE uploaded_by = :u ORDER BY uploaded_at""").param("u", userId).query().listOfRows();
    }

    @Override
    public void erase(Long userId, boolean withdrawContributions) {
        jdbc.sql("DELETE FROM photo WHERE uploaded_by = :u AND owner_kind IS NULL").param("u", userId).update();
        jdbc.sql("UPDATE photo SET uploaded_by = NULL WHERE uploaded_by = :u").param("u", userId).update();
    }
}
