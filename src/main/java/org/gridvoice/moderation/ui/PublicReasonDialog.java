package org.gridvoice.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.gridvoice.account.ReasonForm;
import org.gridvoice.shared.ui.FormErrors;

/** Asks the committee member for the public reason of hiding or restoring content; it closes only when the service accepted it. */
class PublicReasonDialog extends Dialog {

    final TextArea reason = new TextArea();

    /** {@code decision} is "hide" or "restore": it picks the keys moderation.{decision}.title/.text/.confirm. */
    PublicReasonDialog(String decision, String itemLabel, Consumer<ReasonForm> action, Runnable afterwards) {
        setHeaderTitle(getTranslation("moderation." + decision + ".title", itemLabel));
        setWidth("min(520px, 95vw)");
        reason.setLabel(getTranslation("moderation.decision.reason"));
        reason.setHelperText(getTranslation("moderation.decision.reason.help"));
        reason.setMaxLength(500);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        add(new Paragraph(getTranslation("moderation." + decision + ".text")), reason);
        FormErrors errors = new FormErrors(this).bind("reason", reason);
        Button confirm = new Button(getTranslation("moderation." + decision + ".confirm"), e -> {
            if (errors.attempt(() -> action.accept(new ReasonForm(reason.getValue())))) {
                close();
                afterwards.run();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, confirm);
    }
}
