package org.gridvoice.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Map;
import org.gridvoice.account.Contacts;
import org.gridvoice.account.ContactsService;
import org.gridvoice.shared.PhoneNumbers;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;
import org.springframework.context.annotation.Scope;

/**
 * The profile's "mobile number and email": the user's own number (whole: it is theirs) and address
 * with whether each is confirmed; add or change the number with a code by SMS; add an email address
 * (and a password, for an account that has none), confirmed by the usual mail.
 */
@SpringComponent
@Scope("prototype")
public class ContactsPanel extends VerticalLayout {

    private final ContactsService contacts;
    private final DemoMailbox mailbox;
    private final Paragraph phoneState = new Paragraph();
    private final Paragraph emailState = new Paragraph();
    private final VerticalLayout emailStep = new VerticalLayout();

    ContactsPanel(ContactsService contacts, DemoMailbox mailbox) {
        this.contacts = contacts;
        this.mailbox = mailbox;
        setId("contacts");
        setPadding(false);
        emailStep.setPadding(false);
        Details changePhone = new Details(getTranslation("phone.profile.change-phone"), new SmsCodeForm(Map.of(),
                contacts::requestPhoneVerificationCode,
                (number, code) -> {
                    show(contacts.verifyMyPhone(number, code));
                    Toasts.success(getTranslation("phone.profile.phone-saved"));
                }, "phone.profile.verify"));
        changePhone.setWidthFull();
        add(new H3(getTranslation("phone.profile.title")), phoneState, changePhone, emailState, emailStep);
        addAttachListener(e -> {
            if (e.isInitialAttach()) {
                show(contacts.myContacts());
            }
        });
    }

    private void show(Contacts now) {
        phoneState.setText(now.phone() == null ? getTranslation("phone.profile.no-phone")
                : getTranslation(now.phoneConfirmed() ? "phone.profile.phone-confirmed" : "phone.profile.phone-unconfirmed",
                        PhoneNumbers.display(now.phone())));
        emailState.setText(now.email() == null ? getTranslation("phone.profile.no-email")
                : getTranslation(now.emailConfirmed() ? "phone.profile.email-confirmed" : "phone.profile.email-unconfirmed", now.email()));
        emailStep.removeAll();
        if (now.email() == null || !now.emailConfirmed()) {
            emailStep.add(addEmail(now.hasPassword()));
        }
    }

    private Details addEmail(boolean hasPassword) {
        EmailField email = new EmailField(getTranslation("register.email"));
        email.setMaxLength(254);
        email.setWidthFull();
        PasswordField password = new PasswordField(getTranslation("register.password"));
        password.setHelperText(getTranslation("phone.profile.password.help"));
        password.setWidthFull();
        password.setVisible(!hasPassword);
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        FormErrors errors = new FormErrors(this).bind("email", email).bind("password", password);
        Button send = new Button(getTranslation("phone.profile.add-email"), e -> {
            String typed = email.getValue().strip();
            if (errors.attempt(() -> contacts.addMyEmail(typed, hasPassword ? null : password.getValue()))) {
                form.removeAll();
                form.add(new Paragraph(getTranslation("phone.profile.email-sent", typed)),
                        new Paragraph(getTranslation("phone.mail.nothing-arrived")));
                mailbox.link(this).ifPresent(form::add);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(email, password, send);
        Details details = new Details(getTranslation("phone.profile.add-email.title"), form);
        details.setWidthFull();
        return details;
    }
}
