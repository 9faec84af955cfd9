package org.gridvoice.consultation.domain;

import java.time.LocalDateTime;
import java.util.Optional;
import org.gridvoice.consultation.PhaseDates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The phase dates of a published consultation read under a shared row lock, for the writes a phase change must not overtake. */
@Component
public class PhaseLock {

    private final JdbcClient jdbc;

    PhaseLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PhaseDates> sharedDates(long consultationId) {
        return jdbc.sql("""
                SELECT proposals_open_at, proposals_close_at, voting_open_at, voting_close_at FROM consultation
                WHERE id = ? AND status = 'PUBLISHED' LOCK IN SHARE MODE""")
                .params(consultationId)
                .query((rs, n) -> new PhaseDates(rs.getObject(1, LocalDateTime.class), rs.getObject(2, LocalDateTime.class),
                        rs.getObject(3, LocalDateTime.class), rs.getObject(4, LocalDateTime.class)))
                .optional();
    }

    /**
     * Locks the consultation's row for writing until the transaction ends: a phase change locks the
     * row before the audit chain's head, so whoever appends about a consultation takes them in that order.
     */
    public void exclusive(long consultationId) {
        jdbc.sql("SELECT id FROM consultation WHERE id = ? FOR UPDATE").params(consultationId).query(Long.class).optional();
    }
}
