package org.gridvoice.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.gridvoice.account.ReasonForm;
import org.gridvoice.shared.ui.FormErrors;

/** Asks the author why they withdraw their proposal; the reason is shown on the proposal's page. */
class WithdrawPrompt extends Dialog {

    final TextArea reason = new TextArea();

    WithdrawPrompt(String title, Consumer<ReasonForm> action, Runnable afterwards) {
        setHeaderTitle(getTranslation("proposal.withdraw.title", title));
        setWidth("min(520px, 95vw)");
        reason.setLabel(getTranslation("proposal.withdraw.reason"));
        reason.setMaxLength(500);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setHelperText(getTranslation("proposal.withdraw.reason.help"));
        add(new Paragraph(getTranslation("proposal.withdraw.text")), reason);
        FormErrors errors = new FormErrors(this).bind("reason", reason);
        Button confirm = new Button(getTranslation("proposal.withdraw.confirm"), e -> {
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
