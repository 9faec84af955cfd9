package org.gridvoice.moderation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.gridvoice.account.ReasonForm;
import org.gridvoice.moderation.ModerationItem;
import org.gridvoice.moderation.ModerationService;
import org.gridvoice.moderation.ModerationStatus;
import org.gridvoice.shared.ui.Confirm;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.ReasonDialog;
import org.gridvoice.shared.ui.Toasts;

/**
 * The hide / restore / dismiss buttons for one item, used in the queue's rows and in an item's
 * details; after a decision a toast says what happened ("Comment #12 is hidden.") and {@code after} runs.
 */
final class ModerationDecisions {

    private ModerationDecisions() {
    }

    /** {@code decision} is "hide" or "restore": it picks the keys moderation.{decision}.title/.text/.confirm. */
    private static ReasonDialog.Keys keys(String decision) {
        return new ReasonDialog.Keys("moderation." + decision + ".title", "moderation." + decision + ".text",
                "moderation.decision.reason", "moderation.decision.reason.help", "moderation." + decision + ".confirm");
    }

    static HorizontalLayout buttons(Component owner, ModerationService moderation, ModerationItem item, Runnable after) {
        String label = ModerationTexts.label(owner, item.target());
        Runnable hidden = () -> done(owner, "moderation.hidden", label, after);
        Button hide = new Button(owner.getTranslation("moderation.hide"), e -> new ReasonDialog(keys("hide"), true,
                text -> moderation.hide(item.target(), new ReasonForm(text)), hidden, label).open());
        hide.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        hide.setAriaLabel(owner.getTranslation("moderation.hide.aria", label));
        HorizontalLayout buttons = new HorizontalLayout(hide);
        if (item.status() == ModerationStatus.HIDDEN_PENDING) {
            Button restore = new Button(owner.getTranslation("moderation.restore"), e -> new ReasonDialog(keys("restore"), false,
                    text -> moderation.restore(item.target(), new ReasonForm(text)),
                    () -> done(owner, "moderation.restored", label, after), label).open());
            restore.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
            restore.setAriaLabel(owner.getTranslation("moderation.restore.aria", label));
            buttons.add(restore);
        }
        Button dismiss = new Button(owner.getTranslation("moderation.dismiss"), e -> Confirm.ask(owner, "moderation.dismiss.title",
                "moderation.dismiss.text", "moderation.dismiss.confirm", () -> {
                    if (new FormErrors(owner).attempt(() -> moderation.dismiss(item.target()))) {
                        done(owner, "moderation.dismissed", label, after);
                    } else {
                        after.run();
                    }
                }, label));
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL);
        dismiss.setAriaLabel(owner.getTranslation("moderation.dismiss.aria", label));
        buttons.add(dismiss);
        buttons.setSpacing(true);
        buttons.setWrap(true);
        return buttons;
    }

    private static void done(Component owner, String messageKey, String label, Runnable after) {
        Toasts.success(owner.getTranslation(messageKey, label));
        after.run();
    }
}
