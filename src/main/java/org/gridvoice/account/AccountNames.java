package org.gridvoice.account;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.gridvoice.account.domain.UserAccount;
import org.gridvoice.shared.i18n.Messages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The name a user is shown by: their display name, or "a former resident" in the reader's language
 * once they erased their account (the row stays for the ids that point to it, the name does not).
 */
@Component
class AccountNames {

    static final String FORMER_RESIDENT = "privacy.former-resident";

    private final Messages messages;

    AccountNames(Messages messages) {
        this.messages = messages;
    }

    String of(UserAccount user) {
        return user.getErasedAt() != null ? formerResident() : user.getDisplayName();
    }

    String formerResident() {
        return messages.get(readerLocale(), FORMER_RESIDENT);
    }

    // a screen's locale when a screen asks (the language picked in the header), else the request's
    private static Locale readerLocale() {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getLocale() : LocaleContextHolder.getLocale();
    }
}
