package org.gridvoice.attestation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gridvoice.attestation.EntryFilter;
import org.gridvoice.attestation.EntryStatus;
import org.gridvoice.attestation.EntrySummary;
import org.gridvoice.attestation.StaffEntryService;
import org.gridvoice.shared.ui.Dates;
import org.gridvoice.shared.ui.Paging;
import org.gridvoice.shared.ui.PhoneColumns;
import org.springframework.data.domain.Sort;

/** Staff's entries for residents (代录) in their communities: newest first, filtered by status, each opening its page. */
@Route("staff/entries")
@RolesAllowed({"COMMITTEE", "OFFICER", "OFFICE_LEAD"})
@Menu(title = "attest.nav.entries", order = 22, icon = "vaadin:edit")
public class StaffEntriesView extends Main implements HasDynamicTitle {

    private final Grid<EntrySummary> grid = new Grid<>();
    private final Select<Optional<EntryStatus>> status = new Select<>();

    public StaffEntriesView(StaffEntryService entries) {
        addClassNames("gv-page", "gv-touch");
        Button add = new Button(getTranslation("attest.entries.new"), e -> getUI().ifPresent(ui -> ui.navigate("staff/entries/new")));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button register = new Button(getTranslation("attest.entries.register"),
                e -> getUI().ifPresent(ui -> ui.navigate("staff/residents/new")));
        Div actions = new Div(add, register);
        actions.addClassName("gv-actions");

        List<Optional<EntryStatus>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        Arrays.stream(EntryStatus.values()).map(Optional::of).forEach(choices::add);
        status.setLabel(getTranslation("attest.filter.status"));
        status.setItems(choices);
        status.setItemLabelGenerator(s -> s.map(v -> getTranslation("attest.status." + v.name())).orElse(getTranslation("attest.filter.all")));
        status.setValue(Optional.of(EntryStatus.PENDING));
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addComponentColumn(s -> {
            Anchor link = new Anchor("staff/entries/" + s.id(), s.residentName() == null ? "" : s.residentName());
            link.getElement().setAttribute("router-link", true);
            return link;
        }).setKey("resident").setHeader(getTranslation("attest.column.resident")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation("attest.kind." + s.kind())).setKey("kind").setHeader(getTranslation("attest.column.kind"))
                .setAutoWidth(true);
        grid.addColumn(s -> EntryTexts.cut(s.wording(), 60)).setKey("wording").setHeader(getTranslation("attest.column.wording"))
                .setFlexGrow(3);
        grid.addColumn(EntrySummary::staffName).setKey("staff").setHeader(getTranslation("attest.column.staff")).setAutoWidth(true);
        grid.addComponentColumn(s -> EntryTexts.status(this, s.status())).setKey("status")
                .setHeader(getTranslation("attest.column.status")).setAutoWidth(true);
        grid.addColumn(s -> Dates.format(s.createdAt(), getLocale())).setKey("created").setHeader(getTranslation("attest.column.created"))
                .setAutoWidth(true);
        PhoneColumns.hideOnPhones(grid, grid.getColumnByKey("kind"), grid.getColumnByKey("staff"), grid.getColumnByKey("created"));
        grid.setItems(q -> entries.list(new EntryFilter(status.getValue() == null ? null : status.getValue().orElse(null)),
                Paging.of(q, Sort.unsorted()), getLocale()).stream());
        grid.setEmptyStateText(getTranslation("attest.entries.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setWidthFull();
        grid.setHeight("min(70vh, 40em)");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("staff/entries/" + e.getItem().id())));

        add(new H2(getPageTitle()), new Paragraph(getTranslation("attest.entries.intro")), actions, status, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attest.entries.title");
    }
}
