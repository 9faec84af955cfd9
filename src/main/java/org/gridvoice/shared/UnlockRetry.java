package org.gridvoice.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Releases a job's lock again when releasing it failed because the database was away (DatabaseOutageTest: a job
 * running when the database stopped kept its lock, and with it the job on every instance, for its lockAtMostFor:
 * two minutes of no mail, five of no audit sealing). Retried only during the first half of lockAtMostFor: until the
 * lock expires nobody else can hold it, so the release frees only our own, with room for clocks that differ.
 */
final class UnlockRetry implements LockProvider {

    private static final Logger log = LoggerFactory.getLogger(UnlockRetry.class);

    private final LockProvider locks;
    private final Clock clock;
    private final Duration pause;

    UnlockRetry(LockProvider locks, Clock clock, Duration pause) {
        this.locks = locks;
        this.clock = clock;
        this.pause = pause;
    }

    @Override
    public Optional<SimpleLock> lock(LockConfiguration config) {
        Instant retryUntil = clock.instant().plus(config.getLockAtMostFor().dividedBy(2));
        return locks.lock(config).map(lock -> () -> {
            try {
                lock.unlock();
            } catch (RuntimeException failed) {
                log.warn("Could not release the lock of job {} ({}); retrying every {} until {}", config.getName(), failed.getMessage(), pause,
                        retryUntil);
                Thread.ofVirtual().name("unlock-" + config.getName()).start(() -> retry(lock, config.getName(), retryUntil));
            }
        });
    }

    private void retry(SimpleLock lock, String job, Instant until) {
        while (clock.instant().plus(pause).isBefore(until)) {
            try {
                Thread.sleep(pause);
                lock.unlock();
                log.info("Released the lock of job {} after the database returned", job);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException stillAway) {
                // the database is still away: try again
            }
        }
        log.warn("Gave up releasing the lock of job {}: it expires by itself at its lockAtMostFor", job);
    }
}
