package org.gridvoice.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where a user lands, signed out, after deleting their account. */
@Route("account-deleted")
@AnonymousAllowed
public class AccountDeletedView extends Main implements HasDynamicTitle {

    public AccountDeletedView() {
        addClassName("gv-narrow-page");
        setId("account-deleted");
        add(new H2(getTranslation("privacy.deleted.title")), new Paragraph(getTranslation("privacy.deleted.text")),
                new Anchor("", getTranslation("privacy.deleted.home")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.deleted.title");
    }
}
