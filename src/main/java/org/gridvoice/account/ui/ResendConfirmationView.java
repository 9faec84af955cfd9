package org.gridvoice.account.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.gridvoice.account.AccountService;

@Route("resend-confirmation")
@AnonymousAllowed
public class ResendConfirmationView extends Main implements HasDynamicTitle {

    public ResendConfirmationView(AccountService accounts, DemoMailbox mailbox) {
        addClassName("gv-narrow-page");
        add(new EmailRequestForm("resend.title", "resend.intro", "resend.submit", "resend.done", "phone.mail.nothing-arrived-resend", accounts::resendConfirmation, mailbox));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("resend.title");
    }
}
