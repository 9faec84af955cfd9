package org.gridvoice.open311.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.gridvoice.open311.IssuedKey;
import org.gridvoice.open311.Open311ClientForm;
import org.gridvoice.open311.Open311ClientService;
import org.gridvoice.open311.Open311ClientSummary;
import org.gridvoice.place.GridSummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.shared.ui.Confirm;
import org.gridvoice.shared.ui.Dates;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Paging;
import org.gridvoice.shared.ui.PhoneColumns;
import org.gridvoice.shared.ui.Toasts;
import org.springframework.data.domain.Sort;

/**
 * Open311 API clients: issue a key (shown this once, only its hash is kept) and revoke one after
 * a confirmation. A client's requests go to its grid until grid boundaries exist.
 */
@Route("admin/open311")
@RolesAllowed("ADMIN")
@Menu(title = "open311.nav", order = 55, icon = "vaadin:key")
public class Open311ClientsView extends VerticalLayout implements HasDynamicTitle {

    private final Open311ClientService clients;
    final TextField name = new TextField();
    final ComboBox<GridSummary> grid = new ComboBox<>();
    final Button issue = new Button();
    /** The key just issued; empty and hidden otherwise. */
    final TextField issuedKey = new TextField();
    final Div keyPanel = new Div();
    final Grid<Open311ClientSummary> list = new Grid<>();

    public Open311ClientsView(Open311ClientService clients, PlaceService places) {
        this.clients = clients;
        addClassName("gv-page");
        setSizeFull();
        add(new H2(getTranslation("open311.nav")), new Paragraph(getTranslation("open311.screen.intro")));

        name.setLabel(getTranslation("open311.field.name"));
        name.setMaxLength(100);
        name.setRequiredIndicatorVisible(true);
        grid.setLabel(getTranslation("open311.field.grid"));
        grid.setHelperText(getTranslation("open311.field.grid-help"));
        grid.setItems(places.activeGrids());
        grid.setItemLabelGenerator(GridSummary::fullName);
        grid.setRequiredIndicatorVisible(true);
        issue.setText(getTranslation("open311.action.issue"));
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormErrors errors = new FormErrors(this).bind("name", name).bind("gridId", grid);
        issue.addClickListener(e -> errors.attempt(this::issueKey));
        HorizontalLayout form = new HorizontalLayout(name, grid, issue);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(new H3(getTranslation("open311.screen.new")), form);

        issuedKey.setLabel(getTranslation("open311.field.key"));
        issuedKey.setReadOnly(true);
        issuedKey.setWidth("min(32rem, 100%)");
        Button copy = new Button(getTranslation("open311.action.copy"), VaadinIcon.COPY.create(),
                e -> UI.getCurrent().getPage().executeJs("navigator.clipboard.writeText($0)", issuedKey.getValue()));
        HorizontalLayout keyRow = new HorizontalLayout(issuedKey, copy);
        keyRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Span hint = new Span(getTranslation("open311.screen.copy-hint"));
        keyPanel.add(keyRow, hint);
        keyPanel.getElement().setAttribute("role", "status");
        keyPanel.setVisible(false);
        add(keyPanel);

        configureList();
        add(new H3(getTranslation("open311.screen.clients")), list);
        setFlexGrow(1, list);
    }

    private void issueKey() {
        IssuedKey issued = clients.issue(new Open311ClientForm(name.getValue(), grid.getValue() == null ? null : grid.getValue().id()));
        issuedKey.setValue(issued.key());
        keyPanel.setVisible(true);
        name.clear();
        grid.clear();
        list.getDataProvider().refreshAll();
        Toasts.success(getTranslation("open311.screen.issued", issued.client().name()));
    }

    private void configureList() {
        list.setWidthFull();
        list.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.setEmptyStateText(getTranslation("admin.empty"));
        list.setItems(query -> clients.clients(Paging.of(query, Sort.by("id").descending())).stream());
        list.addColumn(Open311ClientSummary::name).setHeader(getTranslation("open311.field.name")).setFlexGrow(1);
        var street = list.addColumn(c -> c.streetCode() == null ? c.streetName() : c.streetName() + " (" + c.streetCode() + ")")
                .setHeader(getTranslation("open311.field.jurisdiction")).setFlexGrow(1);
        var gridColumn = list.addColumn(Open311ClientSummary::gridName).setHeader(getTranslation("open311.field.grid")).setAutoWidth(true);
        var prefix = list.addColumn(c -> c.keyPrefix() + "…").setHeader(getTranslation("open311.field.key-prefix")).setAutoWidth(true);
        var created = list.addColumn(c -> Dates.format(c.createdAt(), getLocale())).setHeader(getTranslation("open311.field.created"))
                .setAutoWidth(true);
        list.addColumn(c -> c.revoked() ? getTranslation("open311.status.revoked", Dates.format(c.revokedAt(), getLocale()))
                : getTranslation("open311.status.active")).setKey("status").setHeader(getTranslation("admin.column.status")).setAutoWidth(true);
        list.addComponentColumn(this::revokeButton).setKey("actions").setHeader(getTranslation("admin.column.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        PhoneColumns.hideOnPhones(list, street, gridColumn, prefix, created);
    }

    private Button revokeButton(Open311ClientSummary client) {
        Button revoke = new Button(getTranslation("open311.action.revoke"));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.setAriaLabel(getTranslation("admin.aria.revoke", client.name()));
        revoke.setEnabled(!client.revoked());
        revoke.addClickListener(e -> Confirm.ask(this, "open311.revoke.title", "open311.revoke.text", "open311.action.revoke", () -> {
            if (new FormErrors(this).attempt(() -> clients.revoke(client.id()))) {
                list.getDataProvider().refreshAll();
                Toasts.success(getTranslation("open311.screen.revoked", client.name()));
            }
        }, client.name()));
        return revoke;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("open311.nav");
    }
}
