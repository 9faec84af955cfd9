package org.gridvoice.place.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridvoice.place.GridSummary;
import org.gridvoice.place.OfficeForm;
import org.gridvoice.place.OfficeKind;
import org.gridvoice.place.OfficeService;
import org.gridvoice.place.OfficeSummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.place.StreetSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Grid stations and street departments, and the grids each serves. */
@Route("admin/offices")
@RolesAllowed("ADMIN")
@Menu(title = "nav.admin.offices", order = 51, icon = "vaadin:building")
public class OfficesView extends AdminList<OfficeSummary> implements HasDynamicTitle {

    private final OfficeService offices;
    private final PlaceService places;
    /** Grid names in the places' order (sort number, then natural order of names). */
    private final Map<Long, String> gridNames = new LinkedHashMap<>();

    public OfficesView(OfficeService offices, PlaceService places) {
        super(Sort.by("name", "id"));
        this.offices = offices;
        this.places = places;
        places.activeGrids().forEach(g -> gridNames.put(g.id(), g.fullName()));
        addClassName("gv-page");
        addComponentAsFirst(new H2(getTranslation("nav.admin.offices")));
        grid.addColumn(OfficeSummary::name).setHeader(getTranslation("admin.field.name")).setFlexGrow(1);
        grid.addColumn(o -> getTranslation("office.kind." + o.kind().name())).setHeader(getTranslation("admin.field.kind")).setAutoWidth(true);
        grid.addColumn(o -> o.phone() == null ? "" : o.phone()).setHeader(getTranslation("admin.field.phone")).setAutoWidth(true);
        grid.addColumn(this::servedGrids).setHeader(getTranslation("admin.field.grids")).setFlexGrow(2);
        grid.addColumn(OfficeSummary::sortOrder).setKey("sortOrder").setHeader(getTranslation("admin.field.sort-order")).setAutoWidth(true);
        addStatusAndActions();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.offices");
    }

    @Override
    Page<OfficeSummary> fetch(Pageable pageable) {
        Page<OfficeSummary> page = offices.offices(pageable);
        // offices may still list retired grids, which the active list does not name
        Set<Long> unnamed = page.stream().flatMap(o -> o.gridIds().stream())
                .filter(id -> !gridNames.containsKey(id)).collect(Collectors.toSet());
        places.gridsOf(unnamed).forEach(g -> gridNames.put(g.id(), g.fullName()));
        return page;
    }

    @Override
    String name(OfficeSummary office) {
        return office.name();
    }

    @Override
    boolean retired(OfficeSummary office) {
        return office.retired();
    }

    @Override
    void setRetired(OfficeSummary office, boolean retired) {
        offices.setRetired(office.id(), retired);
    }

    @Override
    void edit(OfficeSummary office) {
        List<StreetSummary> streets = places.activeStreets();
        ComboBox<StreetSummary> street = new ComboBox<>(getTranslation("admin.field.street"));
        street.setItems(streets);
        street.setItemLabelGenerator(StreetSummary::name);
        street.setRequiredIndicatorVisible(true);
        TextField name = AdminUi.textField(this, "admin.field.name", 100, true);
        Select<OfficeKind> kind = new Select<>();
        kind.setLabel(getTranslation("admin.field.kind"));
        kind.setItems(OfficeKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("office.kind." + k.name()));
        kind.setRequiredIndicatorVisible(true);
        TextField phone = AdminUi.textField(this, "admin.field.phone", 30, false);
        phone.setAllowedCharPattern("[0-9+()\\- ]");
        List<GridSummary> activeGrids = places.activeGrids();
        MultiSelectComboBox<GridSummary> grids = new MultiSelectComboBox<>(getTranslation("admin.field.grids"));
        grids.setItems(activeGrids);
        grids.setItemLabelGenerator(GridSummary::fullName);
        grids.setHelperText(getTranslation("admin.offices.grids-help"));
        IntegerField sortOrder = AdminUi.sortOrderField(this, office == null ? 0 : office.sortOrder());
        if (office != null) {
            AdminUi.select(street, streets, StreetSummary::id, office.streetId());
            name.setValue(office.name());
            kind.setValue(office.kind());
            phone.setValue(office.phone() == null ? "" : office.phone());
            grids.setValue(activeGrids.stream().filter(g -> office.gridIds().contains(g.id())).collect(Collectors.toSet()));
        }
        EditDialog dialog = new EditDialog(getTranslation(office == null ? "admin.offices.new" : "admin.offices.edit"),
                street, name, kind, phone, grids, sortOrder);
        dialog.errors().bind("streetId", street).bind("name", name).bind("kind", kind).bind("phone", phone).bind("gridIds", grids)
                .bind("sortOrder", sortOrder);
        Long id = office == null ? null : office.id();
        dialog.onSave(() -> offices.save(id, new OfficeForm(AdminUi.idOf(street, StreetSummary::id), name.getValue(), kind.getValue(),
                phone.getValue(), grids.getValue().stream().map(GridSummary::id).collect(Collectors.toSet()), sortOrder.getValue())),
                this::saved);
        dialog.open();
    }

    private String servedGrids(OfficeSummary office) {
        return gridNames.entrySet().stream().filter(e -> office.gridIds().contains(e.getKey())).map(Map.Entry::getValue)
                .collect(Collectors.joining(getTranslation("list.separator")));
    }
}
