package org.gridvoice.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.gridvoice.shared.FailureMessage;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** A write that fails for an unexpected reason tells the user so, instead of leaving the dialog silently open. */
class FailedWriteMessageTest extends ViewTest {

    @Test
    void a_reason_dialog_whose_save_fails_unexpectedly_shows_that_nothing_was_changed() {
        ReasonDialog dialog = new ReasonDialog(new ReasonDialog.Keys("moderation.hide.title", "moderation.hide.text",
                "moderation.hide", "moderation.hide", "moderation.hide"), true,
                reason -> {
                    throw new DataIntegrityViolationException("Data too long for column 'subject'");
                }, () -> { }, "x");
        UI.getCurrent().add(dialog);
        dialog.open();
        dialog.reason.setValue("理由");
        _click(_get(Button.class, spec -> spec.withText(dialog.getTranslation("moderation.hide"))));
        assertThat(dialog.getTranslation("validation.save-failed")).contains("没有");
        NotificationsKt.expectNotifications(dialog.getTranslation("validation.save-failed"));
        assertThat(dialog.isOpened()).as("open, so the reason can be sent again").isTrue();
    }

    @Test
    void a_form_attempt_that_fails_unexpectedly_returns_false_and_shows_the_message_in_english_too() {
        inEnglish();
        FormErrors errors = new FormErrors(UI.getCurrent());
        boolean saved = errors.attempt(() -> {
            throw new IllegalStateException("boom");
        });
        assertThat(saved).isFalse();
        NotificationsKt.expectNotifications("Could not save: nothing was changed. Please try again later.");
    }

    @Test
    void a_write_that_meets_a_concurrent_one_asks_to_try_again_in_both_languages() {
        FormErrors errors = new FormErrors(UI.getCurrent());
        boolean saved = errors.attempt(() -> {
            throw new org.springframework.dao.CannotAcquireLockException("WSREP detected deadlock/conflict and aborted the transaction");
        });
        assertThat(saved).isFalse();
        NotificationsKt.expectNotifications("刚才有人同时在保存相同的内容，本次操作未作任何更改。请再试一次。");
        inEnglish();
        errors.attempt(() -> {
            throw new org.springframework.dao.PessimisticLockingFailureException("Deadlock found when trying to get lock");
        });
        NotificationsKt.expectNotifications("Someone saved the same thing at the same moment: nothing was changed. Please try again.");
    }

    @Test
    void a_write_that_cannot_reach_the_database_says_so_in_both_languages() {
        FormErrors errors = new FormErrors(UI.getCurrent());
        boolean saved = errors.attempt(() -> {
            throw new org.springframework.transaction.CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                    new java.sql.SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms"));
        });
        assertThat(saved).isFalse();
        NotificationsKt.expectNotifications("系统暂时无法连接数据库，本次操作未作任何更改。请过一分钟再试。");
        inEnglish();
        errors.attempt(() -> {
            throw new org.springframework.dao.DataAccessResourceFailureException("(conn=42) Connection reset");
        });
        NotificationsKt.expectNotifications("The service cannot reach its database just now: nothing was changed. Please try again in a minute.");
    }

    @Test
    void a_lost_connection_anywhere_in_the_cause_chain_is_told_as_the_database_being_unreachable() {
        assertThat(FailureMessage.of(new org.springframework.transaction.TransactionSystemException("Could not commit JPA transaction",
                new RuntimeException(new java.sql.SQLNonTransientConnectionException("(conn=7) socket closed")))))
                .isEqualTo(FailureMessage.DATABASE_UNAVAILABLE);
        assertThat(FailureMessage.of(new IllegalStateException("wrapped",
                new org.springframework.jdbc.CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"))))
                .isEqualTo(FailureMessage.DATABASE_UNAVAILABLE);
        assertThat(FailureMessage.of(new org.springframework.orm.jpa.JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
                new java.sql.SQLException("Connection is closed", "08003")))))
                .as("a rollback on a connection the server closed").isEqualTo(FailureMessage.DATABASE_UNAVAILABLE);
        var rollbackFailed = new org.springframework.orm.jpa.JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
                new java.sql.SQLException("Connection is closed")));
        rollbackFailed.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("org.springframework.orm.jpa.JpaTransactionManager", "doRollback", "JpaTransactionManager.java", 620)});
        assertThat(FailureMessage.of(rollbackFailed)).as("the rollback after a lost connection failed too").isEqualTo(FailureMessage.DATABASE_UNAVAILABLE);
        assertThat(FailureMessage.of(new org.springframework.dao.TransientDataAccessResourceException("pool timed out")))
                .isEqualTo(FailureMessage.DATABASE_UNAVAILABLE);
        assertThat(FailureMessage.of(new org.springframework.dao.CannotAcquireLockException("Deadlock found")))
                .as("a deadlock is still 'try again'").isEqualTo(FailureMessage.CONCURRENT_WRITE);
        assertThat(FailureMessage.of(new org.springframework.dao.DataIntegrityViolationException("Data too long for column 'subject'")))
                .as("anything else stays the general message").isEqualTo(FailureMessage.OTHER);
    }

    @Test
    void a_connection_lost_during_the_commit_itself_says_the_change_may_have_been_saved() {
        var atCommit = new org.springframework.dao.DataAccessResourceFailureException("Hibernate transaction: Unable to commit against JDBC Connection",
                new java.sql.SQLNonTransientConnectionException("(conn=8) Socket error"));
        atCommit.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("org.springframework.orm.jpa.JpaTransactionManager", "doCommit", "JpaTransactionManager.java", 584)});
        var closedAtCommit = new org.springframework.orm.jpa.JpaSystemException(new RuntimeException("Unable to commit against JDBC Connection",
                new java.sql.SQLException("Connection is closed")));
        closedAtCommit.setStackTrace(atCommit.getStackTrace());
        assertThat(FailureMessage.of(closedAtCommit)).as("whatever broke the commit").isEqualTo(FailureMessage.COMMIT_UNCERTAIN);
        FormErrors errors = new FormErrors(UI.getCurrent());
        inEnglish();
        assertThat(errors.attempt(() -> {
            throw atCommit;
        })).isFalse();
        NotificationsKt.expectNotifications(
                "The database went away while saving, so we cannot tell whether your change was saved. Please check, and try again if it is missing.");
    }
}
