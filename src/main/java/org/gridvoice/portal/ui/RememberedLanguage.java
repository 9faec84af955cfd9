package org.gridvoice.portal.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.gridvoice.account.AccountService;

/** A signed-in user sees the language of their profile; everyone else the browser's (Vaadin's default). */
@SpringComponent
class RememberedLanguage implements VaadinServiceInitListener {

    private final AccountService accounts;

    RememberedLanguage(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> accounts.myLanguage().ifPresent(locale -> {
            e.getUI().getSession().setLocale(locale);
            e.getUI().setLocale(locale);
        }));
    }
}
