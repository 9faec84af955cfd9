package org.gridvoice.account.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.gridvoice.account.AccountService;
import org.gridvoice.account.TokenOutcome;

/** Target of the confirmation mail's link. */
@Route("confirm-email")
@AnonymousAllowed
public class ConfirmEmailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;

    public ConfirmEmailView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("gv-narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        boolean done = accounts.confirmEmail(token) == TokenOutcome.DONE;
        removeAll();
        add(new H2(getTranslation(done ? "confirm.done.title" : "confirm.invalid.title")),
                new Paragraph(getTranslation(done ? "confirm.done.text" : "confirm.invalid.text")),
                done ? new RouterLink(getTranslation("confirm.login"), LoginView.class)
                        : new RouterLink(getTranslation("confirm.resend"), ResendConfirmationView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("confirm.title");
    }
}
