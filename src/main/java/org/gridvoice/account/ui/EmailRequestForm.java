package org.gridvoice.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.function.Consumer;
import org.gridvoice.shared.ui.FormErrors;

/**
 * "Type your email and we mail you a link": the same answer whether or not the address is
 * known, so the form cannot be used to find out who has an account. Only a client that asked too
 * often is told so.
 */
class EmailRequestForm extends VerticalLayout {

    /** {@code helpKey}: what to do if no mail arrives. */
    EmailRequestForm(String titleKey, String introKey, String submitKey, String doneKey, String helpKey, Consumer<String> action,
                     DemoMailbox mailbox) {
        setPadding(false);
        EmailField email = new EmailField(getTranslation("register.email"));
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(254);
        email.setWidthFull();
        Button submit = new Button(getTranslation(submitKey), e -> {
            if (email.getValue().isBlank() || email.isInvalid()) {
                email.setErrorMessage(getTranslation(email.getValue().isBlank() ? "validation.required" : "validation.email"));
                email.setInvalid(true);
                return;
            }
            if (!new FormErrors(this).bind("email", email).attempt(() -> action.accept(email.getValue()))) {
                return;
            }
            removeAll();
            add(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(doneKey, email.getValue().strip())),
                    new Paragraph(getTranslation(helpKey)));
            mailbox.link(this).ifPresent(this::add);
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        add(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(introKey)), email, submit);
    }
}
