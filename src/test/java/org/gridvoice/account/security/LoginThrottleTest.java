package org.gridvoice.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
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

    /** 5 failures for an account, 3 for an address; then 5 s, doubling, at most 15 minutes. */
    private LoginThrottle throttle() {
        return new LoginThrottle(jdbc, clock, 5, 3, Duration.ofHours(1), Duration.ofSeconds(5), Duration.ofMinutes(15));
    }

    private void wait(Duration duration) {
        clock.now = clock.now.plus(duration);
    }

    private static String newAccount() {
        return LoginThrottle.accountKey("guessed" + System.nanoTime() + "@example.cn");
    }

    @Test
    void an_account_waits_five_seconds_after_five_failures_and_twice_as_long_after_each_further_one() {
        LoginThrottle throttle = throttle();
        String account = newAccount();
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(account, true);
        }
        assertThat(throttle.remainingDelay(account)).as("four mistypes cost nothing").isEmpty();
        throttle.recordFailure(account, true);
        assertThat(throttle.remainingDelay(account)).contains(Duration.ofSeconds(5));
        wait(Duration.ofSeconds(5));
        assertThat(throttle.remainingDelay(account)).as("after the wait the next attempt is allowed").isEmpty();
        throttle.recordFailure(account, true);
        assertThat(throttle.remainingDelay(account)).contains(Duration.ofSeconds(10));
        wait(Duration.ofSeconds(4));
        assertThat(throttle.remainingDelay(account)).contains(Duration.ofSeconds(6));
        wait(Duration.ofSeconds(6));
        throttle.recordFailure(account, true);
        assertThat(throttle.remainingDelay(account)).contains(Duration.ofSeconds(20));
    }

    @Test
    void the_wait_never_grows_beyond_fifteen_minutes_so_an_account_is_never_locked_for_longer() {
        LoginThrottle throttle = throttle();
        String account = newAccount();
        for (int i = 0; i < 40; i++) {
            throttle.recordFailure(account, true);
            wait(throttle.remainingDelay(account).orElse(Duration.ZERO));
        }
        throttle.recordFailure(account, true);
        assertThat(throttle.remainingDelay(account)).contains(Duration.ofMinutes(15));
        assertThat(throttle.delayAfter(1000, true)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void a_client_address_has_its_own_threshold_and_its_wait_runs_out() {
        LoginThrottle throttle = throttle();
        String address = LoginThrottle.addressKey("203.0.113." + System.nanoTime() % 250);
        for (int i = 0; i < 2; i++) {
            throttle.recordFailure(address, false);
        }
        assertThat(throttle.remainingDelay(address)).isEmpty();
        throttle.recordFailure(address, false);
        assertThat(throttle.remainingDelay(address)).contains(Duration.ofSeconds(5));
        wait(Duration.ofSeconds(5));
        assertThat(throttle.remainingDelay(address)).isEmpty();
        assertThat(throttle.delayAfter(4, true)).as("an account's threshold is its own").isZero();
    }

    @Test
    void failures_further_apart_than_the_window_never_delay() {
        LoginThrottle throttle = throttle();
        String account = newAccount();
        for (int i = 0; i < 12; i++) {
            throttle.recordFailure(account, true);
            wait(Duration.ofMinutes(61));
        }
        assertThat(throttle.remainingDelay(account)).isEqualTo(Optional.empty());
        throttle.recordFailure(account, true);
        assertThat(throttle.remainingDelay(account)).as("the count started afresh").isEmpty();
    }

    @Test
    void lifting_an_accounts_delay_clears_it_whatever_the_case_of_the_name() {
        LoginThrottle throttle = throttle();
        String email = "Reset" + System.nanoTime() + "@Example.CN";
        for (int i = 0; i < 9; i++) {
            throttle.recordFailure(LoginThrottle.accountKey(email), true);
        }
        assertThat(throttle.remainingDelay(LoginThrottle.accountKey(email))).isPresent();
        throttle.liftAccountDelay(email.toLowerCase(java.util.Locale.ROOT));
        assertThat(throttle.remainingDelay(LoginThrottle.accountKey(email))).isEmpty();
        throttle.recordFailure(LoginThrottle.accountKey(email), true);
        assertThat(throttle.remainingDelay(LoginThrottle.accountKey(email))).as("the count starts afresh").isEmpty();
    }

    @Test
    void account_names_are_counted_whatever_their_case() {
        assertThat(LoginThrottle.accountKey(" Someone@Example.CN ")).isEqualTo(LoginThrottle.accountKey("someone@example.cn"));
    }
}
