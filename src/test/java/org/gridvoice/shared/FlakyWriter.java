package org.gridvoice.shared;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A retried transactional write for {@link ResilienceOrderTest}: fails the first times as a lost Galera certification does. */
@Component
class FlakyWriter {

    private final AtomicInteger calls = new AtomicInteger();
    private final JdbcClient jdbc;

    FlakyWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A method, not the field: the test holds the proxy, whose fields are not the writer's. */
    public AtomicInteger calls() {
        return calls;
    }

    /** Writes a row, then fails the first {@code failures} times. */
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
