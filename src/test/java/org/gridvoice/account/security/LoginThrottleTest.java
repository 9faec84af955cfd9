package org.gridvoice.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The throttle's rules on the real table, with a clock the test moves. */
@GridVoiceTest
class LoginThrottleTest {

    @Autowired JdbcClient jdbc;

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-26T08:00:00Z");

        @Override public ZoneId getZone() { return ZoneId.systemDefault(); }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    private final MovableClock clock = new MovableClock();

    private LoginThrottle throttle() {
        return new LoginThrottle(jdbc, clock, 10, 3, Duration.ofMinutes(15), Duration.ofMinutes(15));
    }

    @Test
    void a_client_address_is_locked_after_its_own_limit_and_unlocked_after_the_lock_time() {
        LoginThrottle throttle = throttle();
        String address = LoginThrottle.addressKey("203.0.113." + System.nanoTime() % 250);
        for (int i = 0; i < 2; i++) {
            throttle.recordFailure(address, false);
        }
        assertThat(throttle.isLocked(address)).isFalse();
        throttle.recordFailure(address, false);
        assertThat(throttle.isLocked(address)).isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertThat(throttle.isLocked(address)).isFalse();
    }

    @Test
    void failures_spread_wider_than_the_window_never_lock() {
        LoginThrottle throttle = throttle();
        String account = LoginThrottle.accountKey("Slow.Typist" + System.nanoTime() + "@example.cn");
        for (int i = 0; i < 12; i++) {
            throttle.recordFailure(account, true);
            clock.now = clock.now.plus(Duration.ofMinutes(2));
        }
        assertThat(throttle.isLocked(account)).as("at most 8 failures fall in any 15 minutes").isFalse();
    }

    @Test
    void account_names_are_counted_whatever_their_case() {
        assertThat(LoginThrottle.accountKey(" Someone@Example.CN ")).isEqualTo(LoginThrottle.accountKey("someone@example.cn"));
    }
}
