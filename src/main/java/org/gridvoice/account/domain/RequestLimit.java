package org.gridvoice.account.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts requests per key in a fixed window, in the database so every app instance sees the
 * same counts. Counted in the caller's transaction: a refused request that rolls back is not counted.
 */
@Component
public class RequestLimit {

    private final JdbcClient jdbc;
    private final Clock clock;

    RequestLimit(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts one more request for the key; true while the key has had at most {@code max} in its window. */
    public boolean allow(String key, int max, Duration window) {
        LocalDateTime now = LocalDateTime.now(clock);
        String limitKey = key.length() > 300 ? key.substring(0, 300) : key;
        // MariaDB assigns left to right: window_start changes last, so both tests read the old window
        jdbc.sql("""
                INSERT INTO account_request_limit (limit_key, requests, window_start) VALUES (:key, 1, :now)
                ON DUPLICATE KEY UPDATE
                    requests = IF(window_start < :floor, 1, requests + 1),
                    window_start = IF(window_start < :floor, :now, window_start)""")
                .param("key", limitKey).param("now", now).param("floor", now.minus(window))
                .update();
        return jdbc.sql("SELECT requests FROM account_request_limit WHERE limit_key = :key").param("key", limitKey)
                .query(Integer.class).single() <= max;
    }
}
