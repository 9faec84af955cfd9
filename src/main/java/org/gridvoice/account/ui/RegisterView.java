package org.gridvoice.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.gridvoice.account.AccountService;
import org.gridvoice.account.RegistrationForm;
import org.gridvoice.shared.ui.FormErrors;

/** Registration: an unconfirmed account and a confirmation mail; the server checks everything again. */
@Route("register")
@AnonymousAllowed
public class RegisterView extends Main implements HasDynamicTitle {

    private final EmailField email = new EmailField();
    private final TextField displayName = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final VerticalLayout content = new VerticalLayout();

    public RegisterView(AccountService accounts, DemoMailbox mailbox) {
        addClassName("gv-narrow-page");
        email.setLabel(getTranslation("register.email"));
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(254);
        displayName.setLabel(getTranslation("register.display-name"));
        displayName.setHelperText(getTranslation("register.display-name.help"));
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(60);
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.password.help"));
        password.setRequiredIndicatorVisible(true);
        repeat.setLabel(getTranslation("register.password-repeat"));
        repeat.setRequiredIndicatorVisible(true);
        FormErrors errors = new FormErrors(this).bind("email", email).bind("displayName", displayName).bind("password", password);

        Button submit = new Button(getTranslation("register.submit"), e -> {
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("register.error.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            repeat.setInvalid(false);
            var form = new RegistrationForm(email.getValue(), displayName.getValue(), password.getValue(),
                    getLocale().toLanguageTag());
            if (errors.attempt(() -> accounts.register(form))) {
                content.removeAll();
                content.add(new H2(getTranslation("register.done.title")),
                        new Paragraph(getTranslation("register.done.text", form.email().strip())),
                        new RouterLink(getTranslation("register.done.login"), LoginView.class));
                mailbox.link(this).ifPresent(content::add);
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        Paragraph haveAccount = new Paragraph(getTranslation("register.have-account") + " ");
        haveAccount.add(new RouterLink(getTranslation("register.login"), LoginView.class));
        content.add(new H2(getTranslation("register.title")), email, displayName, password, repeat, submit, haveAccount);
        content.setPadding(false);
        content.getChildren().forEach(c -> c.getElement().getStyle().set("width", "100%"));
        add(content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title");
    }
}
