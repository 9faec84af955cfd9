package org.gridvoice.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
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
}
