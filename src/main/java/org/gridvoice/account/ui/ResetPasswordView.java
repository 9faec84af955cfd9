package org.gridvoice.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.gridvoice.account.AccountService;
import org.gridvoice.account.TokenOutcome;
import org.gridvoice.shared.ui.FormErrors;

/** Target of the reset mail's link: choose a new password; a used or expired link says so. */
@Route("reset-password")
@AnonymousAllowed
public class ResetPasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final VerticalLayout content = new VerticalLayout();
    private String token = "";

    public ResetPasswordView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("gv-narrow-page");
        content.setPadding(false);
        PasswordField password = new PasswordField(getTranslation("reset.password"));
        password.setHelperText(getTranslation("register.password.help"));
        password.setWidthFull();
        PasswordField repeat = new PasswordField(getTranslation("register.password-repeat"));
        repeat.setWidthFull();
        FormErrors errors = new FormErrors(this).bind("password", password);
        Button submit = new Button(getTranslation("reset.submit"), e -> {
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("register.error.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            repeat.setInvalid(false);
            TokenOutcome[] outcome = new TokenOutcome[1];
            if (errors.attempt(() -> outcome[0] = accounts.resetPassword(token, password.getValue()))) {
                showOutcome(outcome[0]);
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        content.add(new H2(getTranslation("reset.title")), password, repeat, submit);
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
    }

    private void showOutcome(TokenOutcome outcome) {
        content.removeAll();
        boolean done = outcome == TokenOutcome.DONE;
        content.add(new H2(getTranslation(done ? "reset.done.title" : "reset.invalid.title")),
                new Paragraph(getTranslation(done ? "reset.done.text" : "reset.invalid.text")),
                done ? new RouterLink(getTranslation("confirm.login"), LoginView.class)
                        : new RouterLink(getTranslation("forgot.title"), ForgotPasswordView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title");
    }
}
