package org.gridvoice.account.security;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account name and per client address in the database, so every
 * app instance sees the same counts. Past the limit within the window, the key is locked.
 * Unknown account names are counted like known ones: the answer never tells them apart.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;
    private final Duration lock;

    LoginThrottle(JdbcClient jdbc, Clock clock,
                  @Value("${gridvoice.login.max-failures-per-account:10}") int maxPerAccount,
                  @Value("${gridvoice.login.max-failures-per-address:50}") int maxPerAddress,
                  @Value("${gridvoice.login.failure-window:PT15M}") Duration window,
                  @Value("${gridvoice.login.lock-duration:PT15M}") Duration lock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.lock = lock;
    }

    static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT));
    }

    static String addressKey(String address) {
        return "address:" + address;
    }

    boolean isLocked(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM account_login_throttle WHERE throttle_key = :key AND locked_until > :now")
                .param("key", truncate(key)).param("now", LocalDateTime.now(clock))
                .query(Long.class).single() > 0;
    }

    void recordFailure(String key, boolean isAccount) {
        LocalDateTime now = LocalDateTime.now(clock);
        // MariaDB applies the assignments left to right: locked_until sees the new failure count.
        jdbc.sql("""
                INSERT INTO account_login_throttle (throttle_key, failures, window_start, locked_until)
                VALUES (:key, 1, :now, NULL)
                ON DUPLICATE KEY UPDATE
                    failures = IF(window_start < :floor, 1, failures + 1),
                    window_start = IF(window_start < :floor, :now, window_start),
                    locked_until = IF(failures >= :max, :lockUntil, locked_until)""")
                .param("key", truncate(key))
                .param("now", now)
                .param("floor", now.minus(window))
                .param("max", isAccount ? maxPerAccount : maxPerAddress)
                .param("lockUntil", now.plus(lock))
                .update();
    }

    void reset(String key) {
        jdbc.sql("DELETE FROM account_login_throttle WHERE throttle_key = :key").param("key", truncate(key)).update();
    }

    private static String truncate(String key) {
        return key.length() > 300 ? key.substring(0, 300) : key;
    }
}
