package org.gridvoice.consultation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.router.RouterLink;
import org.gridvoice.consultation.ConsultationSummary;
import org.gridvoice.shared.ui.Dates;
import org.gridvoice.shared.ui.PhoneColumns;

/** A list of consultations: title (a link to its page), community, phase and when the phase ends. */
class ConsultationGrid extends Grid<ConsultationSummary> {

    ConsultationGrid(String emptyKey) {
        addComponentColumn(c -> new RouterLink(c.title(), ConsultationView.class, ConsultationView.parameters(c.id())))
                .setKey("title").setHeader(getTranslation("consultation.column.title")).setFlexGrow(3);
        addColumn(ConsultationSummary::communityName).setKey("community")
                .setHeader(getTranslation("consultation.column.community")).setAutoWidth(true);
        addComponentColumn(c -> new PhaseBadge(c.phase())).setKey("phase")
                .setHeader(getTranslation("consultation.column.phase")).setAutoWidth(true);
        addColumn(c -> Dates.format(Phases.endOf(c.phase(), c.dates()), getLocale())).setKey("ends")
                .setHeader(getTranslation("consultation.column.ends")).setAutoWidth(true);
        // on a phone: the title and its phase (the consultation's page shows its dates)
        PhoneColumns.hideOnPhones(this, getColumnByKey("community"), getColumnByKey("ends"));
        setEmptyStateText(getTranslation(emptyKey));
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setWidthFull();
        setHeight("32em");
    }
}
