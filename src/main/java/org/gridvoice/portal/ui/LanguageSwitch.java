package org.gridvoice.portal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Locale;
import org.gridvoice.account.AccountService;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.shared.i18n.Messages;

/** zh-CN / English picker: applies to the whole session and is remembered in a signed-in user's profile. */
@SpringComponent
class LanguageSwitch {

    private final AccountService accounts;
    private final CurrentUser currentUser;

    LanguageSwitch(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    Select<Locale> create() {
        Select<Locale> select = new Select<>();
        select.setItems(Messages.CHINESE, Messages.ENGLISH);
        select.setItemLabelGenerator(locale -> select.getTranslation("language." + locale.toLanguageTag()));
        select.setAriaLabel(select.getTranslation("language.label"));
        select.setValue(Messages.supported(UI.getCurrent().getLocale()));
        select.addClassName("gv-language");
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI ui = UI.getCurrent();
                ui.getSession().setLocale(e.getValue());
                if (currentUser.get().isPresent()) {
                    accounts.changeMyLanguage(e.getValue());
                }
                ui.getPage().reload();
            }
        });
        return select;
    }
}
