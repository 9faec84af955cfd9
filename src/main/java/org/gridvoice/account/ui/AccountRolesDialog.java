package org.gridvoice.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.gridvoice.account.AccountSummary;
import org.gridvoice.account.AddressConfirmationService;
import org.gridvoice.account.GrantForm;
import org.gridvoice.account.Role;
import org.gridvoice.account.RoleGrantSummary;
import org.gridvoice.account.RoleService;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.place.OfficeService;
import org.gridvoice.place.OfficeSummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.shared.ui.Confirm;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;

/**
 * One account's roles: revoke any of them, or grant another with the community or office it needs.
 * An unconfirmed address can be mailed a new confirmation link or confirmed by hand.
 */
final class AccountRolesDialog extends Dialog {

    private final RoleService roles;
    private final AddressConfirmationService addresses;
    private final AccountSummary account;
    private final Runnable changed;
    private final VerticalLayout grantList = new VerticalLayout();
    private final VerticalLayout address = new VerticalLayout();
    private final Select<Role> role = new Select<>();
    private final ComboBox<CommunitySummary> community = new ComboBox<>();
    private final ComboBox<OfficeSummary> office = new ComboBox<>();

    AccountRolesDialog(RoleService roles, AddressConfirmationService addresses, PlaceService places, OfficeService offices,
                       AccountSummary account, Runnable changed) {
        this.roles = roles;
        this.addresses = addresses;
        this.account = account;
        this.changed = changed;
        setHeaderTitle(getTranslation("admin.accounts.roles.title", account.displayName()));
        setWidth("min(560px, 95vw)");
        grantList.setPadding(false);
        grantList.setSpacing(false);
        address.setPadding(false);
        address.setSpacing(false);

        role.setLabel(getTranslation("admin.field.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        community.setLabel(getTranslation("admin.field.community"));
        community.setItems(places.activeCommunities());
        community.setItemLabelGenerator(c -> getTranslation("admin.community-in-street", c.name(), c.streetName()));
        office.setLabel(getTranslation("admin.field.office"));
        office.setItems(offices.activeOffices());
        office.setItemLabelGenerator(OfficeSummary::name);
        role.addValueChangeListener(e -> showScope());
        showScope();
        FormLayout form = new FormLayout(role, community, office);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        FormErrors errors = new FormErrors(form).bind("role", role).bind("communityId", community).bind("officeId", office);
        Button grant = new Button(getTranslation("action.grant"), e -> grant(errors));
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Paragraph note = new Paragraph(getTranslation("admin.accounts.relogin-note"));
        note.addClassName("gv-note");
        showAddress(account.emailConfirmed());
        add(new H3(getTranslation("admin.accounts.address")), address,
                note, new H3(getTranslation("admin.accounts.current-roles")), grantList,
                new H3(getTranslation("admin.accounts.add-role")), form, grant);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        showGrants();
    }

    /** "Officer (Station 3)": the role in the UI language with the name of its scope, if any. */
    static String label(Component owner, RoleGrantSummary grant) {
        String role = owner.getTranslation("role." + grant.role().name());
        return grant.scopeName().isEmpty() ? role : owner.getTranslation("admin.accounts.role-scoped", role, grant.scopeName());
    }

    private void showScope() {
        Role chosen = role.getValue();
        community.setVisible(chosen != null && chosen.scopedToCommunity());
        office.setVisible(chosen != null && chosen.scopedToOffice());
    }

    private void showAddress(boolean confirmed) {
        address.removeAll();
        if (account.email() == null) {
            address.add(new Paragraph(getTranslation("phone.admin.no-email")));
            return;
        }
        address.add(new Paragraph(getTranslation(confirmed ? "admin.accounts.address.confirmed" : "admin.accounts.address.unconfirmed",
                account.email())));
        if (confirmed) {
            return;
        }
        Button resend = new Button(getTranslation("admin.accounts.resend"), e -> Confirm.ask(this, "admin.accounts.resend.title",
                "admin.accounts.resend.text", "admin.accounts.resend", this::resend, account.email(), account.displayName()));
        Button confirm = new Button(getTranslation("admin.accounts.confirm"), e -> Confirm.ask(this, "admin.accounts.confirm.title",
                "admin.accounts.confirm.text", "admin.accounts.confirm", this::confirmByHand, account.email(), account.displayName()));
        resend.addThemeVariants(ButtonVariant.LUMO_SMALL);
        confirm.addThemeVariants(ButtonVariant.LUMO_SMALL);
        address.add(new HorizontalLayout(resend, confirm));
    }

    private void resend() {
        if (new FormErrors(this).attempt(() -> addresses.resendConfirmation(account.id()))) {
            Toasts.success(getTranslation("admin.accounts.resent", account.email()));
        }
    }

    private void confirmByHand() {
        if (new FormErrors(this).attempt(() -> addresses.confirmByHand(account.id()))) {
            showAddress(true);
            changed.run();
            Toasts.success(getTranslation("admin.accounts.confirmed", account.email()));
        }
    }

    private void showGrants() {
        grantList.removeAll();
        var grants = roles.grantsOf(account.id());
        if (grants.isEmpty()) {
            grantList.add(new Span(getTranslation("admin.accounts.no-roles")));
        }
        grants.forEach(g -> grantList.add(grantRow(g)));
    }

    private HorizontalLayout grantRow(RoleGrantSummary grant) {
        String label = label(this, grant);
        Button revoke = new Button(getTranslation("action.revoke"), e -> Confirm.ask(this, "admin.accounts.revoke.title",
                "admin.accounts.revoke.text", "action.revoke", () -> revoke(grant, label), label, account.displayName()));
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        revoke.setAriaLabel(getTranslation("admin.aria.revoke", label));
        Span text = new Span(label);
        HorizontalLayout row = new HorizontalLayout(text, revoke);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.expand(text);
        return row;
    }

    private void grant(FormErrors errors) {
        Role chosen = role.getValue();
        Long communityId = chosen != null && chosen.scopedToCommunity() && community.getValue() != null ? community.getValue().id() : null;
        Long officeId = chosen != null && chosen.scopedToOffice() && office.getValue() != null ? office.getValue().id() : null;
        RoleGrantSummary[] granted = new RoleGrantSummary[1];
        if (errors.attempt(() -> granted[0] = roles.grant(account.id(), new GrantForm(chosen, communityId, officeId)))) {
            showGrants();
            changed.run();
            Toasts.success(getTranslation("admin.accounts.granted", label(this, granted[0])));
        }
    }

    private void revoke(RoleGrantSummary grant, String label) {
        if (new FormErrors(this).attempt(() -> roles.revoke(grant.id()))) {
            showGrants();
            changed.run();
            Toasts.success(getTranslation("admin.accounts.revoked", label));
        }
    }
}
