package org.gridvoice.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A {@code @Retryable @Transactional} write, as the vote cast is: each attempt runs in a transaction of its own, so
 * the rows a failed attempt wrote are rolled back and only the attempt that succeeds stays; after the last retry
 * the failure reaches the caller with nothing written. The writer is a component of the test sources (scanned into
 * the one test context: a context of its own would replace the security context strategy the other tests share).
 */
@GridVoiceTest
class ResilienceOrderTest {

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
