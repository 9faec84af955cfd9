package org.gridvoice.account.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpSession;
import org.gridvoice.account.PhoneSignInService;
import org.gridvoice.account.security.EmailNotConfirmedException;
import org.gridvoice.account.security.SessionSignIn;
import org.gridvoice.account.security.LoginThrottledException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in with Vaadin's LoginForm posting to Spring Security (one message for unknown user and wrong
 * password), or with a mobile number and a code sent to it by SMS.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    public LoginView(DemoMailbox mailbox, PhoneSignInService phoneSignIn, SessionSignIn sessions) {
        addClassName("gv-narrow-page");
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.email"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setUsername(getTranslation("validation.required"));
        i18n.getErrorMessage().setPassword(getTranslation("validation.required"));
        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        form.setI18n(i18n);
        Paragraph register = new Paragraph(getTranslation("login.no-account") + " ");
        register.add(new RouterLink(getTranslation("login.register"), RegisterView.class));
        Paragraph resend = new Paragraph(getTranslation("login.no-confirmation") + " ");
        resend.add(new RouterLink(getTranslation("login.resend"), ResendConfirmationView.class));
        Details byPhone = new Details(getTranslation("phone.login.title"), new SmsCodeForm(java.util.Map.of(),
                number -> phoneSignIn.requestSignInCode(number, getLocale().toLanguageTag()),
                (number, code) -> PhoneSession.enter(sessions, phoneSignIn.signIn(number, code)), "phone.login.submit"));
        byPhone.setId("sign-in-by-phone");
        byPhone.setWidthFull();
        add(form, byPhone, register, resend);
        mailbox.link(this).ifPresent(this::add);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            return;
        }
        HttpSession session = VaadinSession.getCurrent() == null ? null
                : VaadinSession.getCurrent().getSession() instanceof com.vaadin.flow.server.WrappedHttpSession wrapped
                ? wrapped.getHttpSession() : null;
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        String message = failure instanceof LoginThrottledException throttled ? throttledMessage(throttled)
                : failure instanceof EmailNotConfirmedException ? getTranslation("login.error.unconfirmed")
                : getTranslation("login.error.bad-credentials");
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(message);
        form.setI18n(i18n);
        form.setError(true);
    }

    /** Which delay applies (this account or this network address) and how long it still runs. */
    private String throttledMessage(LoginThrottledException throttled) {
        long seconds = Math.max(1, (throttled.waitTime().toMillis() + 999) / 1000);
        String wait = seconds <= 120 ? getTranslation("login.wait.seconds", seconds)
                : getTranslation("login.wait.minutes", (seconds + 59) / 60);
        return getTranslation(throttled.scope() == LoginThrottledException.Scope.ACCOUNT
                ? "login.error.throttled-account" : "login.error.throttled-address", wait);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
