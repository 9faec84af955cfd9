package org.gridvoice.account.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.gridvoice.account.AccountService;

@Route("forgot-password")
@AnonymousAllowed
public class ForgotPasswordView extends Main implements HasDynamicTitle {

    public ForgotPasswordView(AccountService accounts, DemoMailbox mailbox) {
        addClassName("gv-narrow-page");
        add(new EmailRequestForm("forgot.title", "forgot.intro", "forgot.submit", "forgot.done", "phone.mail.nothing-arrived-reset", accounts::requestPasswordReset, mailbox));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title");
    }
}
