package org.gridvoice.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import org.gridvoice.account.PersonalDataService;
import org.gridvoice.shared.ui.FormErrors;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;

/** Says what goes and what stays, offers to withdraw contributions, and deletes once the name is typed again. */
class EraseAccountDialog extends Dialog {

    EraseAccountDialog(PersonalDataService personalData, String displayName) {
        setId("delete-account-dialog");
        setHeaderTitle(getTranslation("privacy.delete.title"));
        setMaxWidth("min(560px, 100vw)");
        Checkbox withdraw = new Checkbox(getTranslation("privacy.delete.withdraw"));
        withdraw.setId("delete-account-withdraw");
        TextField confirmation = new TextField(getTranslation("privacy.delete.confirm-label", displayName));
        confirmation.setId("delete-account-confirmation");
        confirmation.setWidthFull();
        confirmation.setMaxLength(60);
        Paragraph irreversible = new Paragraph(getTranslation("privacy.delete.irreversible"));
        irreversible.getStyle().set("font-weight", "bold");
        add(new Paragraph(getTranslation("privacy.delete.goes")), new Paragraph(getTranslation("privacy.delete.stays")), withdraw,
                irreversible, confirmation);
        FormErrors errors = new FormErrors(this).bind("confirmation", confirmation);
        Button confirm = new Button(getTranslation("privacy.delete.confirm"), e -> {
            if (errors.attempt(() -> personalData.eraseMyAccount(confirmation.getValue(), withdraw.getValue()))) {
                close();
                signOutTo("account-deleted");
            }
        });
        confirm.setId("delete-account-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, confirm);
    }

    // the account's other sessions end at their next request (session epoch); this one ends now
    private static void signOutTo(String location) {
        UI ui = UI.getCurrent();
        ui.getPage().setLocation(location);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request != null) {
            new SecurityContextLogoutHandler().logout(request.getHttpServletRequest(), null, null);
        }
    }
}
