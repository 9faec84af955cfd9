package org.gridvoice.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** A job's lock whose release failed while the database was away is released once it is back, and only while it is surely ours. */
class UnlockRetryTest {

    /** A lock whose release fails the first {@code failures} times, as with the database away. */
    private static SimpleLock failingRelease(int failures, AtomicInteger attempts, AtomicInteger released) {
        return () -> {
            if (attempts.incrementAndGet() <= failures) {
                throw new DataAccessResourceFailureException("Connection refused");
            }
            released.incrementAndGet();
        };
    }

    private static LockConfiguration job(Duration lockAtMostFor) {
        return new LockConfiguration(Instant.now(), "mail-outbox", lockAtMostFor, Duration.ZERO);
    }

    @Test
    void a_release_that_failed_is_retried_until_the_database_takes_it() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger released = new AtomicInteger();
        UnlockRetry locks = new UnlockRetry(config -> Optional.of(failingRelease(3, attempts, released)), Clock.systemUTC(), Duration.ofMillis(20));
        locks.lock(job(Duration.ofMinutes(2))).orElseThrow().unlock();
        for (int i = 0; i < 100 && released.get() == 0; i++) {
            Thread.sleep(20);
        }
        assertThat(released).as("released once").hasValue(1);
        assertThat(attempts).as("the failed release and three retries").hasValue(4);
    }

    @Test
    void retries_stop_at_half_the_lock_time_so_a_lock_another_instance_took_since_is_never_released() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger released = new AtomicInteger();
        UnlockRetry locks = new UnlockRetry(config -> Optional.of(failingRelease(1_000, attempts, released)), Clock.systemUTC(), Duration.ofMillis(20));
        locks.lock(job(Duration.ofMillis(400))).orElseThrow().unlock();
        Thread.sleep(600);
        int afterHalf = attempts.get();
        Thread.sleep(200);
        assertThat(attempts.get()).as("no attempt after the first half of lockAtMostFor").isEqualTo(afterHalf);
        assertThat(afterHalf).as("retried meanwhile").isBetween(2, 12);
        assertThat(released).hasValue(0);
    }
}
