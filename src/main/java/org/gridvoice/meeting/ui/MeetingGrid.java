package org.gridvoice.meeting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.router.RouterLink;
import org.gridvoice.meeting.MeetingSummary;
import org.gridvoice.shared.ui.Dates;
import org.gridvoice.shared.ui.PhoneColumns;

/** A list of meetings: title (a link to its page), kind, when, where, community. */
class MeetingGrid extends Grid<MeetingSummary> {

    MeetingGrid(String emptyKey) {
        addComponentColumn(m -> new RouterLink(m.title(), MeetingView.class, MeetingView.parameters(m.id())))
                .setKey("title").setHeader(getTranslation("meeting.column.title")).setFlexGrow(3);
        addComponentColumn(m -> new MeetingBadges(m.kind(), m.status())).setKey("kind")
                .setHeader(getTranslation("meeting.column.kind")).setAutoWidth(true);
        addColumn(m -> Dates.format(m.startsAt(), getLocale())).setKey("starts")
                .setHeader(getTranslation("meeting.column.starts")).setAutoWidth(true);
        addColumn(MeetingSummary::place).setKey("place").setHeader(getTranslation("meeting.column.place")).setAutoWidth(true);
        addColumn(MeetingSummary::communityName).setKey("community")
                .setHeader(getTranslation("meeting.column.community")).setAutoWidth(true);
        // on a phone: the title, its kind and when (the meeting's page says the rest)
        PhoneColumns.hideOnPhones(this, getColumnByKey("place"), getColumnByKey("community"));
        setEmptyStateText(getTranslation(emptyKey));
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setWidthFull();
        setHeight("32em");
    }
}
