package org.gridvoice.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.audit.AuditRecord;
import org.gridvoice.audit.AuditTrail;
import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A scheduled job that hangs (as the mail outbox did on an SMTP server that accepted the connection and never
 * answered) holds only its own scheduler thread: while one hangs, the audit sealer still chains a vote's entry
 * within seconds. With Spring's default of one scheduler thread this fails.
 */
@GridVoiceTest
class SchedulerIsolationTest {

    @Autowired TaskScheduler scheduler;
    @Autowired AuditLog audit;
    @Autowired AuditTrail trail;
    @Autowired TransactionTemplate transaction;

    @Test
    void a_hung_job_stops_nothing_but_itself() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch hanging = new CountDownLatch(1);
        scheduler.schedule(() -> {
            hanging.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, Instant.now());
        try {
            assertThat(hanging.await(10, TimeUnit.SECONDS)).as("the hung job holds a scheduler thread").isTrue();
            long objectId = System.nanoTime();
            transaction.executeWithoutResult(s -> audit.enqueue(new AuditRecord("VOTE_CAST", "scheduler-test", objectId, "voter", "isolation")));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
            while (trail.latest("scheduler-test", objectId, "VOTE_CAST").isEmpty() && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            assertThat(trail.latest("scheduler-test", objectId, "VOTE_CAST")).as("sealed by the sealer while the other job hangs").isPresent();
            assertThat(release.getCount()).as("and the hung job was still hanging").isEqualTo(1);
        } finally {
            release.countDown();
        }
    }
}
