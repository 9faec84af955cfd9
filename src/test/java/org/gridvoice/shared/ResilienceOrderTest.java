package org.gridvoice.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.transaction.annotation.Transactional;

/**
 * A {@code @Retryable @Transactional} write, as the vote cast is: each attempt runs in a transaction of its own, so
 * the rows a failed attempt wrote are rolled back and only the attempt that succeeds stays; after the last retry
 * the failure reaches the caller with nothing written.
 */
@GridVoiceTest
@Import(ResilienceOrderTest.Writers.class)
class ResilienceOrderTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Writers {
        @Bean
        FlakyWriter flakyWriter(JdbcClient jdbc) {
            return new FlakyWriter(jdbc);
        }
    }

    static class FlakyWriter {
        private final AtomicInteger calls = new AtomicInteger();
        private final JdbcClient jdbc;

        /** A method, not the field: the test holds the proxy, whose fields are not the writer's. */
        public AtomicInteger calls() {
            return calls;
        }

        FlakyWriter(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        /** Writes a row, then fails the first {@code failures} times as a lost Galera certification does. */
        @Transactional
        @Retryable(includes = ConcurrencyFailureException.class, maxRetries = 2, delay = 10)
        public void write(String marker, int failures) {
            jdbc.sql("""
                    INSERT INTO shared_mail_outbox (recipient, subject, body_text, body_html, created_at, next_attempt_at, sent_at)
                    VALUES (:r, 'retry', 'x', 'x', NOW(6), NOW(6), NOW(6))""").param("r", marker).update();
            if (calls.incrementAndGet() <= failures) {
                throw new CannotAcquireLockException("WSREP detected deadlock/conflict and aborted the transaction");
            }
        }
    }

    @Autowired FlakyWriter writer;
    @Autowired JdbcClient jdbc;

    private int rows(String marker) {
        return jdbc.sql("SELECT COUNT(*) FROM shared_mail_outbox WHERE recipient = :r").param("r", marker).query(Integer.class).single();
    }

    @Test
    void a_retried_write_keeps_only_the_attempt_that_succeeded() {
        String marker = "retry" + System.nanoTime() + "@example.org";
        writer.calls().set(0);
        writer.write(marker, 2);
        assertThat(writer.calls()).hasValue(3);
        assertThat(rows(marker)).as("two rolled-back attempts, one kept").isEqualTo(1);
    }

    @Test
    void after_the_last_retry_the_failure_reaches_the_caller_and_nothing_stays() {
        String marker = "retry" + System.nanoTime() + "@example.org";
        writer.calls().set(0);
        assertThatThrownBy(() -> writer.write(marker, 5)).isInstanceOf(ConcurrencyFailureException.class);
        assertThat(writer.calls()).hasValue(3);
        assertThat(rows(marker)).isZero();
    }
}
