package org.gridvoice.account.security;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Progressive delays after failed sign-ins, per account name and per client address, counted in
 * the database so every app instance sees the same counts. There is no hard lock: once a key has
 * {@code threshold} failures in a row, each further attempt must wait
 * {@code first-delay · 2^(failures − threshold)}, capped at {@code max-delay}. A failure more
 * than {@code failure-window} after the previous one starts the count afresh (the column
 * {@code window_start} holds the time of the last failure). A successful sign-in clears the
 * account's count, a successful password reset too; an address's count only runs out.
 * Unknown account names are counted like known ones: the answer never tells them apart.
 * The address is the servlet's remote address, which names the real client only when
 * {@code server.forward-headers-strategy=native} trusts a proxy in front.
 */
@Component
public class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int accountThreshold;
    private final int addressThreshold;
    private final Duration window;
    private final Duration firstDelay;
    private final Duration maxDelay;

    LoginThrottle(JdbcClient jdbc, Clock clock,
                  @Value("${gridvoice.login.max-failures-per-account:5}") int accountThreshold,
                  @Value("${gridvoice.login.max-failures-per-address:50}") int addressThreshold,
                  @Value("${gridvoice.login.failure-window:PT1H}") Duration window,
                  @Value("${gridvoice.login.first-delay:PT5S}") Duration firstDelay,
                  @Value("${gridvoice.login.max-delay:PT15M}") Duration maxDelay) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accountThreshold = Math.max(1, accountThreshold);
        this.addressThreshold = Math.max(1, addressThreshold);
        this.window = window;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
    }

    static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    static String addressKey(String address) {
        return "address:" + address;
    }

    /** How long the key must still wait before its next attempt, if at all. */
    Optional<Duration> remainingDelay(String key) {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbc.sql("SELECT locked_until FROM account_login_throttle WHERE throttle_key = :key AND locked_until > :now")
                .param("key", truncate(key)).param("now", now)
                .query(LocalDateTime.class).optional()
                .map(until -> Duration.between(now, until));
    }

    /** The delay a key has after this many failures in a row: none below the threshold. */
    Duration delayAfter(int failures, boolean isAccount) {
        int threshold = isAccount ? accountThreshold : addressThreshold;
        if (failures < threshold) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - threshold, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    void recordFailure(String key, boolean isAccount) {
        LocalDateTime now = LocalDateTime.now(clock);
        String k = truncate(key);
        jdbc.sql("""
                INSERT INTO account_login_throttle (throttle_key, failures, window_start, locked_until)
                VALUES (:key, 1, :now, NULL)
                ON DUPLICATE KEY UPDATE
                    failures = IF(window_start < :floor, 1, failures + 1),
                    window_start = :now""")
                .param("key", k).param("now", now).param("floor", now.minus(window))
                .update();
        int failures = jdbc.sql("SELECT failures FROM account_login_throttle WHERE throttle_key = :key")
                .param("key", k).query(Integer.class).single();
        Duration delay = delayAfter(failures, isAccount);
        jdbc.sql("UPDATE account_login_throttle SET locked_until = :until WHERE throttle_key = :key")
                .param("key", k).param("until", delay.isZero() ? null : now.plus(delay))
                .update();
    }

    void reset(String key) {
        jdbc.sql("DELETE FROM account_login_throttle WHERE throttle_key = :key").param("key", truncate(key)).update();
    }

    /** Lifts the delay and the count of an account name, e.g. after its password was reset by mail. */
    public void liftAccountDelay(String email) {
        reset(accountKey(email));
    }

    private static String truncate(String key) {
        return key.length() > 300 ? key.substring(0, 300) : key;
    }
}
