package org.gridvoice.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.gridvoice.account.AccountSummary;
import org.gridvoice.account.AddressConfirmationService;
import org.gridvoice.account.RoleService;
import org.gridvoice.place.OfficeService;
import org.gridvoice.place.PlaceService;
import org.gridvoice.shared.ui.Paging;
import org.gridvoice.shared.ui.PhoneColumns;
import org.springframework.data.domain.Sort;

/** Accounts and their roles; a row opens the dialog that grants and revokes roles and helps with an unconfirmed address. */
@Route("admin/accounts")
@RolesAllowed("ADMIN")
@Menu(title = "nav.admin.accounts", order = 53, icon = "vaadin:users")
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final RoleService roles;
    private final AddressConfirmationService addresses;
    private final PlaceService places;
    private final OfficeService offices;
    private final TextField search = new TextField();
    private final Grid<AccountSummary> grid = new Grid<>();

    public AccountsView(RoleService roles, AddressConfirmationService addresses, PlaceService places, OfficeService offices) {
        this.roles = roles;
        this.addresses = addresses;
        this.places = places;
        this.offices = offices;
        addClassName("gv-page");
        setSizeFull();
        search.setPlaceholder(getTranslation("admin.accounts.search"));
        search.setAriaLabel(getTranslation("admin.accounts.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(100);
        search.setWidth("min(400px, 100%)");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        configureGrid();
        add(new H2(getTranslation("nav.admin.accounts")), search, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.accounts");
    }

    private void configureGrid() {
        grid.setWidthFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("admin.empty"));
        grid.setItems(query -> roles.accounts(search.getValue(), Paging.of(query, Sort.by("displayName", "id"))).stream());
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("admin.field.display-name")).setFlexGrow(1);
        var email = grid.addColumn(AccountSummary::email).setHeader(getTranslation("admin.field.email")).setFlexGrow(1);
        var confirmed = grid.addColumn(a -> getTranslation(a.emailConfirmed() ? "admin.yes" : "admin.no"))
                .setHeader(getTranslation("admin.field.confirmed")).setAutoWidth(true).setFlexGrow(0);
        PhoneColumns.hideOnPhones(grid, email, confirmed);
        grid.addColumn(a -> a.grants().stream().map(g -> AccountRolesDialog.label(this, g))
                .collect(Collectors.joining(getTranslation("list.separator")))).setKey("roles").setHeader(getTranslation("admin.field.roles")).setFlexGrow(2);
        grid.addComponentColumn(this::rolesButton).setKey("actions").setHeader(getTranslation("admin.column.actions")).setAutoWidth(true).setFlexGrow(0);
        // a click on the row works as well as the button; the selection is only a way to pick
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(e.getValue());
                grid.deselectAll();
            }
        });
    }

    private Button rolesButton(AccountSummary account) {
        Button button = new Button(getTranslation("admin.accounts.roles"), VaadinIcon.KEY.create(), e -> open(account));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation("admin.aria.roles", account.displayName()));
        return button;
    }

    private void open(AccountSummary account) {
        new AccountRolesDialog(roles, addresses, places, offices, account, grid.getDataProvider()::refreshAll).open();
    }
}
