package org.gridvoice.notification.domain;

import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who was reminded of which vote: one row per vote and person, written with the reminder. */
@Component
public class VoteReminderLog {

    private final JdbcClient jdbc;

    VoteReminderLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the reminder; false if the person was reminded of this vote already. Under a concurrent
     * run the second insert waits for the first transaction and then finds the row.
     */
    public boolean firstReminder(long consultationId, long userId, LocalDateTime now) {
        return jdbc.sql("INSERT IGNORE INTO notification_vote_reminder (consultation_id, user_id, reminded_at) VALUES (:c, :u, :now)")
                .param("c", consultationId).param("u", userId).param("now", now).update() == 1;
    }
}
