package org.gridvoice.initiative.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import org.gridvoice.initiative.InitiativeService;
import org.gridvoice.initiative.Signer;
import org.gridvoice.shared.ui.Dates;
import org.gridvoice.shared.ui.Paging;
import org.gridvoice.shared.ui.PhoneColumns;
import org.springframework.data.domain.Sort;

/** The signers with name and address, for the committee of the initiative's community only (the service checks it). */
class SignersPanel extends Div {

    final Grid<Signer> grid = new Grid<>();

    SignersPanel(InitiativeService initiatives, Long initiativeId) {
        setId("initiative-signers");
        grid.addColumn(s -> s.opener() ? s.name() + " (" + getTranslation("initiative.signers.opener") + ")" : s.name()).setKey("name")
                .setHeader(getTranslation("initiative.signers.name")).setFlexGrow(2);
        grid.addColumn(Signer::grid).setKey("grid").setHeader(getTranslation("initiative.signers.grid")).setAutoWidth(true);
        grid.addColumn(Signer::address).setKey("address").setHeader(getTranslation("initiative.signers.address")).setFlexGrow(2);
        grid.addColumn(s -> Dates.format(s.signedAt(), getLocale())).setKey("signed").setHeader(getTranslation("initiative.signers.signed"))
                .setAutoWidth(true);
        PhoneColumns.hideOnPhones(grid, grid.getColumnByKey("grid"), grid.getColumnByKey("signed"));
        grid.setEmptyStateText(getTranslation("initiative.signers.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(false);
        grid.setHeight("20em");
        grid.setItems(q -> initiatives.signers(initiativeId, Paging.of(q, Sort.unsorted())).stream());
        add(new H3(getTranslation("initiative.signers.title")), grid);
    }
}
