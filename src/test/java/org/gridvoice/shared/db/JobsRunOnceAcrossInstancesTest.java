package org.gridvoice.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.audit.AuditRecord;
import org.gridvoice.audit.AuditTrail;
import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several app instances share one database and each runs the same scheduled jobs: a job runs on one of them at a
 * time. Here "another instance" is a lock provider of its own on the shared database, under another host name: while
 * it holds the audit sealer's lock, this instance's sealer leaves a queued entry alone; once it lets go, this
 * instance chains the entry within seconds.
 */
@GridVoiceTest
class JobsRunOnceAcrossInstancesTest {

    @Autowired DataSource dataSource;
    @Autowired AuditLog audit;
    @Autowired AuditTrail trail;
    @Autowired TransactionTemplate transaction;

    @Test
    void while_another_instance_seals_this_one_waits_then_takes_over() throws Exception {
        var otherInstance = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).withLockedByValue("app2.test").usingDbTime().build());
        Optional<SimpleLock> held = Optional.empty();
        for (int i = 0; i < 50 && held.isEmpty(); i++) {
            // this instance's sealer takes the lock every second for a moment: wait for a gap
            held = otherInstance.lock(new LockConfiguration(Instant.now(), "audit-seal", Duration.ofSeconds(30), Duration.ZERO));
            if (held.isEmpty()) {
                Thread.sleep(20);
            }
        }
        assertThat(held).as("the other instance got the sealer's lock").isPresent();
        long objectId = System.nanoTime();
        try {
            transaction.executeWithoutResult(s -> audit.enqueue(new AuditRecord("VOTE_CAST", "shedlock-test", objectId, "voter", "once")));
            Thread.sleep(3_000);
            assertThat(trail.latest("shedlock-test", objectId, "VOTE_CAST"))
                    .as("three sealer ticks passed here, and none ran while the other instance held the job").isEmpty();
        } finally {
            held.get().unlock();
        }
        Instant deadline = Instant.now().plusSeconds(10);
        while (trail.latest("shedlock-test", objectId, "VOTE_CAST").isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(trail.latest("shedlock-test", objectId, "VOTE_CAST")).as("sealed here once the other instance let go").isPresent();
    }
}
