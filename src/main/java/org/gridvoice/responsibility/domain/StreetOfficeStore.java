package org.gridvoice.responsibility.domain;

import java.util.Optional;
import org.gridvoice.responsibility.StreetOffices;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each street's default office (兜底) with its deadlines, and its coordinator office. */
@Repository
public class StreetOfficeStore {

    private final JdbcClient jdbc;

    StreetOfficeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StreetOffices> of(long streetId) {
        return jdbc.sql("""
                SELECT default_office_id, coordinator_office_id, default_response_hours AS response_hours,
                    default_resolution_days AS resolution_days
                FROM responsibility_street_office WHERE street_id = :s""").param("s", streetId).query(StreetOffices.class).optional();
    }

    public void save(long streetId, StreetOffices offices) {
        jdbc.sql("""
                INSERT INTO responsibility_street_office (street_id, default_office_id, coordinator_office_id, default_response_hours,
                    default_resolution_days) VALUES (:s, :d, :c, :rh, :rd)
                ON DUPLICATE KEY UPDATE default_office_id = :d, coordinator_office_id = :c, default_response_hours = :rh,
                    default_resolution_days = :rd""")
                .param("s", streetId).param("d", offices.defaultOfficeId()).param("c", offices.coordinatorOfficeId())
                .param("rh", offices.responseHours()).param("rd", offices.resolutionDays()).update();
    }
}
