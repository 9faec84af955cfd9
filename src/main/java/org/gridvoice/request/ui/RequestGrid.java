package org.gridvoice.request.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.gridvoice.request.RequestSummary;
import org.gridvoice.shared.ui.Dates;
import org.gridvoice.shared.ui.PhoneColumns;

/**
 * Requests as rows: first photo, words (a link to the case), category, grid, status, when filed and
 * how many said "me too". A click on a row, or Enter on it, opens its case; a phone keeps photo, words and status.
 */
class RequestGrid extends Grid<RequestSummary> {

    private RequestSummary focused;

    RequestGrid() {
        addComponentColumn(r -> r.thumbUrl() == null ? new Span() : RequestTexts.thumbnail(this, r)).setKey("photo")
                .setHeader(getTranslation("request.column.photo")).setWidth("88px").setFlexGrow(0);
        addComponentColumn(r -> {
            Anchor link = new Anchor("cases/" + r.caseId(), RequestTexts.cut(r.description(), 60));
            link.getElement().setAttribute("router-link", true);
            if (r.enteredByName() == null) {
                return link;
            }
            com.vaadin.flow.component.html.Div words = new com.vaadin.flow.component.html.Div(link, RequestTexts.enteredBy(this, r));
            words.addClassNames("gv-stack");
            return words;
        }).setKey("words").setHeader(getTranslation("request.column.words")).setFlexGrow(3);
        addColumn(r -> r.category(getLocale())).setKey("category").setHeader(getTranslation("request.column.category")).setAutoWidth(true);
        addColumn(RequestSummary::grid).setKey("grid").setHeader(getTranslation("request.column.grid")).setAutoWidth(true);
        addComponentColumn(r -> RequestTexts.status(this, r.status())).setKey("status")
                .setHeader(getTranslation("request.column.status")).setWidth("8em").setFlexGrow(0);
        addColumn(r -> Dates.format(r.filedAt(), getLocale())).setKey("filed").setHeader(getTranslation("request.column.filed"))
                .setAutoWidth(true);
        addColumn(RequestSummary::supporters).setKey("supporters").setHeader(getTranslation("request.column.supporters"))
                .setAutoWidth(true);
        PhoneColumns.hideOnPhones(this, getColumnByKey("category"), getColumnByKey("grid"), getColumnByKey("filed"),
                getColumnByKey("supporters"));
        setEmptyStateText(getTranslation("request.list.empty"));
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setWidthFull();
        setHeight("min(70vh, 40em)");
        addItemClickListener(e -> open(e.getItem()));
        // Enter on the row that has the keyboard focus opens it, as a click does
        addCellFocusListener(e -> focused = e.getItem().orElse(null));
        Shortcuts.addShortcutListener(this, () -> open(focused), Key.ENTER).listenOn(this);
    }

    void open(RequestSummary r) {
        if (r != null) {
            getUI().ifPresent(ui -> ui.navigate("cases/" + r.caseId()));
        }
    }
}
