package org.gridvoice.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.gridvoice.account.ReasonForm;
import org.gridvoice.shared.ui.FormErrors;

/** Asks why a phase closes early; the reason goes on the public change record. */
class ReasonPrompt extends Dialog {

    ReasonPrompt(String phaseName, Consumer<ReasonForm> action, Runnable afterwards) {
        setHeaderTitle(getTranslation("consultation.close-early.title", phaseName));
        setWidth("min(520px, 95vw)");
        TextArea reason = new TextArea(getTranslation("consultation.close-early.reason"));
        reason.setMaxLength(500);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setHelperText(getTranslation("consultation.close-early.reason.help"));
        add(new Paragraph(getTranslation("consultation.close-early.text", phaseName)), reason);
        FormErrors errors = new FormErrors(this).bind("reason", reason);
        Button confirm = new Button(getTranslation("consultation.close-early.confirm"), e -> {
            if (errors.attempt(() -> action.accept(new ReasonForm(reason.getValue())))) {
                close();
                afterwards.run();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, confirm);
    }
}
