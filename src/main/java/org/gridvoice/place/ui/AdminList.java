package org.gridvoice.place.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.gridvoice.shared.ui.Confirm;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Paging;
import org.gridvoice.shared.ui.Toasts;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A lazy list of reference data with a New button and, per row, edit and retire or reinstate.
 * Columns are not sortable: some pages come from JPQL projections whose aliases a sort property would miss.
 */
abstract class AdminList<T> extends VerticalLayout {

    final Grid<T> grid = new Grid<>();

    AdminList(Sort order) {
        setPadding(false);
        setSizeFull();
        Button create = new Button(getTranslation("action.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setWidthFull();
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("admin.empty"));
        grid.setItems(query -> fetch(Paging.of(query, order)).stream());
        add(create, grid);
        setFlexGrow(1, grid);
    }

    abstract Page<T> fetch(Pageable pageable);

    abstract String name(T item);

    abstract boolean retired(T item);

    abstract void setRetired(T item, boolean retired);

    /** Opens the editor for the item, or for a new one when it is {@code null}. */
    abstract void edit(T item);

    /** Adds the status and action columns; subclasses call it after their own columns. */
    void addStatusAndActions() {
        grid.addComponentColumn(item -> AdminUi.status(this, retired(item))).setKey("status")
                .setHeader(getTranslation("admin.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions")
                .setHeader(getTranslation("admin.column.actions")).setAutoWidth(true).setFlexGrow(0);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** After a save: the list shows it, and the toast names what was saved. */
    void saved(T item) {
        refresh();
        Toasts.success(getTranslation("admin.saved.named", name(item)));
    }

    private Component actions(T item) {
        String name = name(item);
        Button edit = AdminUi.iconButton(this, VaadinIcon.EDIT, "action.edit", "admin.aria.edit", name, () -> edit(item));
        Button toggle = retired(item)
                ? AdminUi.iconButton(this, VaadinIcon.ROTATE_LEFT, "action.reinstate", "admin.aria.reinstate", name,
                        () -> changeRetired(item, false))
                : AdminUi.iconButton(this, VaadinIcon.ARCHIVE, "action.retire", "admin.aria.retire", name,
                        () -> Confirm.ask(this, "admin.retire.title", "admin.retire.text", "action.retire",
                                () -> changeRetired(item, true), name));
        HorizontalLayout actions = new HorizontalLayout(edit, toggle);
        actions.setSpacing(false);
        return actions;
    }

    private void changeRetired(T item, boolean retired) {
        if (new FormErrors(this).attempt(() -> setRetired(item, retired))) {
            refresh();
            Toasts.success(getTranslation(retired ? "admin.retired" : "admin.reinstated", name(item)));
        }
    }
}
