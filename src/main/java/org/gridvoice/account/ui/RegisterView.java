package org.gridvoice.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gridvoice.account.AccountService;
import org.gridvoice.account.PhoneRegistrationForm;
import org.gridvoice.account.PhoneSignInService;
import org.gridvoice.account.RegistrationForm;
import org.gridvoice.account.security.SessionSignIn;
import org.gridvoice.shared.i18n.Messages;
import org.gridvoice.shared.ui.FormErrors;

/**
 * Registration with email and password (an unconfirmed account and a confirmation mail), or with a
 * mobile number only (a code by SMS, then the account exists and is signed in); the server checks everything again.
 */
@Route("register")
@AnonymousAllowed
public class RegisterView extends Main implements HasDynamicTitle {

    private enum Way { EMAIL, PHONE }

    private final AccountService accounts;
    private final PhoneSignInService phoneSignIn;
    private final SessionSignIn sessions;
    private final DemoMailbox mailbox;
    private final VerticalLayout content = new VerticalLayout();
    private final VerticalLayout body = new VerticalLayout();
    private Component emailForm;
    private Component phoneForm;

    public RegisterView(AccountService accounts, PhoneSignInService phoneSignIn, SessionSignIn sessions, DemoMailbox mailbox) {
        this.accounts = accounts;
        this.phoneSignIn = phoneSignIn;
        this.sessions = sessions;
        this.mailbox = mailbox;
        addClassName("gv-narrow-page");
        RadioButtonGroup<Way> way = new RadioButtonGroup<>(getTranslation("phone.register.way"));
        way.setItems(Way.values());
        way.setItemLabelGenerator(w -> getTranslation(w == Way.EMAIL ? "phone.register.way.email" : "phone.register.way.phone"));
        way.setValue(Way.EMAIL);
        way.addValueChangeListener(e -> show(e.getValue()));
        body.setPadding(false);
        Paragraph haveAccount = new Paragraph(getTranslation("register.have-account") + " ");
        haveAccount.add(new RouterLink(getTranslation("register.login"), LoginView.class));
        content.add(new H2(getTranslation("register.title")), way, body, haveAccount);
        content.setPadding(false);
        content.getChildren().forEach(c -> c.getElement().getStyle().set("width", "100%"));
        add(content);
        show(Way.EMAIL);
    }

    /** One form at a time, each made when first chosen, so that each field's label names one field on the page. */
    private void show(Way way) {
        body.removeAll();
        if (way == Way.PHONE) {
            phoneForm = phoneForm == null ? phoneForm() : phoneForm;
            body.add(phoneForm);
        } else {
            emailForm = emailForm == null ? emailForm() : emailForm;
            body.add(emailForm);
        }
    }

    private Component emailForm() {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        EmailField email = new EmailField();
        TextField displayName = displayName();
        PasswordField password = new PasswordField();
        PasswordField repeat = new PasswordField();
        email.setLabel(getTranslation("register.email"));
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(254);
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
            var registration = new RegistrationForm(email.getValue(), displayName.getValue(), password.getValue(),
                    getLocale().toLanguageTag());
            if (errors.attempt(() -> accounts.register(registration))) {
                checkYourMail(registration.email().strip());
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        form.add(email, displayName, password, repeat, submit);
        form.getChildren().forEach(c -> c.getElement().getStyle().set("width", "100%"));
        return form;
    }

    private void checkYourMail(String address) {
        content.removeAll();
        Paragraph nothing = new Paragraph(getTranslation("phone.mail.nothing-arrived") + " ");
        nothing.add(new RouterLink(getTranslation("login.resend"), ResendConfirmationView.class));
        content.add(new H2(getTranslation("register.done.title")),
                new Paragraph(getTranslation("register.done.text", address)), nothing,
                new RouterLink(getTranslation("register.done.login"), LoginView.class));
        mailbox.link(this).ifPresent(content::add);
    }

    private Component phoneForm() {
        TextField displayName = displayName();
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("language.label"));
        language.setItems(Messages.CHINESE.toLanguageTag(), Messages.ENGLISH.toLanguageTag());
        language.setItemLabelGenerator(tag -> getTranslation("language." + tag));
        language.setValue(Messages.supported(getLocale()).toLanguageTag());
        language.setWidthFull();
        Map<String, Component> fields = new LinkedHashMap<>();
        fields.put("displayName", displayName);
        fields.put("language", language);
        Paragraph intro = new Paragraph(getTranslation("phone.register.intro"));
        VerticalLayout form = new VerticalLayout(intro, new SmsCodeForm(fields,
                number -> phoneSignIn.requestRegistrationCode(new PhoneRegistrationForm(number, displayName.getValue(), language.getValue())),
                (number, code) -> PhoneSession.enter(sessions,
                        phoneSignIn.register(new PhoneRegistrationForm(number, displayName.getValue(), language.getValue()), code)),
                "phone.register.submit"));
        form.setPadding(false);
        form.getChildren().forEach(c -> c.getElement().getStyle().set("width", "100%"));
        return form;
    }

    private TextField displayName() {
        TextField displayName = new TextField();
        displayName.setLabel(getTranslation("register.display-name"));
        displayName.setHelperText(getTranslation("register.display-name.help"));
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(60);
        return displayName;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title");
    }
}
