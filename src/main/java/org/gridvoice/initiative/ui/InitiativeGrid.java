package org.gridvoice.initiative.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import org.gridvoice.initiative.InitiativeSummary;
import org.gridvoice.shared.ui.Dates;
import org.gridvoice.shared.ui.PhoneColumns;

/** Initiatives as rows: topic (a link), community, status, signers and households, when opened; a click or Enter opens one. */
class InitiativeGrid extends Grid<InitiativeSummary> {

    private InitiativeSummary focused;

    InitiativeGrid() {
        addComponentColumn(i -> {
            Anchor link = new Anchor("initiatives/" + i.id(), i.title());
            link.getElement().setAttribute("router-link", true);
            return link;
        }).setKey("title").setHeader(getTranslation("initiative.column.title")).setFlexGrow(3);
        addColumn(InitiativeSummary::community).setKey("community").setHeader(getTranslation("initiative.column.community")).setAutoWidth(true);
        addComponentColumn(i -> new InitiativeBadge(i.status())).setKey("status").setHeader(getTranslation("initiative.column.status"))
                .setAutoWidth(true);
        addColumn(InitiativeSummary::signers).setKey("signers").setHeader(getTranslation("initiative.column.signers")).setAutoWidth(true);
        addColumn(InitiativeSummary::households).setKey("households").setHeader(getTranslation("initiative.column.households"))
                .setAutoWidth(true);
        addColumn(i -> Dates.format(i.openedAt(), getLocale())).setKey("opened").setHeader(getTranslation("initiative.column.opened"))
                .setAutoWidth(true);
        PhoneColumns.hideOnPhones(this, getColumnByKey("community"), getColumnByKey("households"), getColumnByKey("opened"));
        setEmptyStateText(getTranslation("initiative.list.empty"));
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setWidthFull();
        setHeight("min(70vh, 40em)");
        addItemClickListener(e -> open(e.getItem()));
        addCellFocusListener(e -> focused = e.getItem().orElse(null));
        Shortcuts.addShortcutListener(this, () -> open(focused), Key.ENTER).listenOn(this);
    }

    private void open(InitiativeSummary i) {
        if (i != null) {
            getUI().ifPresent(ui -> ui.navigate("initiatives/" + i.id()));
        }
    }
}
