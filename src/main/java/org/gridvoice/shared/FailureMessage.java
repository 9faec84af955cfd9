package org.gridvoice.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Which message tells a user why a write failed (other than a refusal): the database could not be
 * reached, a concurrent write won, or something else. Used by the screens (shared.ui.FormErrors, FailureNotice) and the Open311 API.
 */
public enum FailureMessage {

    /** No connection to the database (down, restarting, the pool timed out waiting for one): try again in a minute. */
    DATABASE_UNAVAILABLE("outage.database-unavailable"),
    /**
     * The connection broke while the database was committing: the server may have committed before it went away
     * (DatabaseOutageTest saw it), so "nothing was changed" would not be true; the user is asked to look.
     */
    COMMIT_UNCERTAIN("outage.commit-uncertain"),
    /** A deadlock, lock timeout or lost Galera certification: rolled back whole, worth another try at once. */
    CONCURRENT_WRITE("validation.try-again"),
    /** Anything else: nothing was changed, but we cannot say why. */
    OTHER("validation.save-failed");

    private final String key;

    FailureMessage(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Whether the database could not be reached or lost the connection mid-commit: the service is away, not the write wrong. */
    public boolean outage() {
        return this == DATABASE_UNAVAILABLE || this == COMMIT_UNCERTAIN;
    }

    /**
     * The first match anywhere in the cause chain: Spring's translated exceptions, or the driver's and the pool's own
     * (SQLSTATE class 08, "connection exception"). A connection lost during the commit itself is uncertain; a failed
     * rollback means the connection is gone.
     */
    public static FailureMessage of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof TransientDataAccessResourceException || t instanceof CannotGetJdbcConnectionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return raisedBy(failure, "doCommit") ? COMMIT_UNCERTAIN : DATABASE_UNAVAILABLE;
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConcurrencyFailureException) {
                return CONCURRENT_WRITE;
            }
        }
        if (raisedBy(failure, "doCommit")) {
            // a commit that failed for another reason (the connection closed without a SQLSTATE): its outcome is unknown too
            return COMMIT_UNCERTAIN;
        }
        if (raisedBy(failure, "doRollback")) {
            // the rollback after a failed statement failed too: the connection is gone (Hikari's "Connection is closed",
            // no SQLSTATE), and the server discarded the transaction with it; Spring logged the statement's own failure
            return DATABASE_UNAVAILABLE;
        }
        return OTHER;
    }

    /**
     * Whether the failure was raised by the transaction manager's own commit or rollback ({@code doCommit},
     * {@code doRollback}): not by a statement, nor by the flush before a commit.
     */
    private static boolean raisedBy(Throwable failure, String transactionManagerMethod) {
        for (StackTraceElement frame : failure.getStackTrace()) {
            if (frame.getMethodName().equals(transactionManagerMethod) && frame.getClassName().startsWith("org.springframework.")) {
                return true;
            }
        }
        return false;
    }
}
