package org.gridvoice.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * Asks for the reason of a decision that others will read (reject, revoke, withdraw, close early,
 * hide, restore). The service checks the reason again; the dialog closes only when it accepted it.
 */
public class ReasonDialog extends Dialog {

    /** The i18n keys of the dialog's texts; title and text receive the dialog's arguments. */
    public record Keys(String title, String text, String label, String helper, String confirm) {
    }

    public final TextArea reason = new TextArea();

    public ReasonDialog(Keys keys, boolean destructive, Consumer<String> action, Runnable afterwards, Object... args) {
        setHeaderTitle(getTranslation(keys.title(), args));
        setWidth("min(520px, 95vw)");
        reason.setLabel(getTranslation(keys.label()));
        reason.setHelperText(getTranslation(keys.helper()));
        reason.setMaxLength(500);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        add(new Paragraph(getTranslation(keys.text(), args)), reason);
        FormErrors errors = new FormErrors(this).bind("reason", reason);
        Button confirm = new Button(getTranslation(keys.confirm()), e -> {
            if (errors.attempt(() -> action.accept(reason.getValue()))) {
                close();
                afterwards.run();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (destructive) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, confirm);
    }
}
