package org.gridvoice.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.gridvoice.account.ReasonForm;
import org.gridvoice.shared.ui.FormErrors;

/** Asks for the reason of a decision that the person concerned will read. */
class ReasonDialog extends Dialog {

    ReasonDialog(String titleKey, String textKey, String confirmKey, Consumer<ReasonForm> action, Runnable afterwards, Object... args) {
        setHeaderTitle(getTranslation(titleKey, args));
        setWidth("min(520px, 95vw)");
        TextArea reason = new TextArea(getTranslation("decision.reason"));
        reason.setMaxLength(500);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setHelperText(getTranslation("decision.reason.help"));
        add(new Paragraph(getTranslation(textKey, args)), reason);
        FormErrors errors = new FormErrors(this).bind("reason", reason);
        Button confirm = new Button(getTranslation(confirmKey), e -> {
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
