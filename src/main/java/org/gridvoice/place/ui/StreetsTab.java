package org.gridvoice.place.ui;

import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.gridvoice.place.PlaceService;
import org.gridvoice.place.StreetForm;
import org.gridvoice.place.StreetSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

final class StreetsTab extends AdminList<StreetSummary> {

    private final PlaceService places;

    StreetsTab(PlaceService places) {
        super(Sort.by("name", "id"));
        this.places = places;
        grid.addColumn(StreetSummary::name).setHeader(getTranslation("admin.field.name")).setFlexGrow(1);
        grid.addColumn(StreetSummary::code).setKey("code").setHeader(getTranslation("open311.street-code")).setAutoWidth(true);
        grid.addColumn(StreetSummary::sortOrder).setKey("sortOrder").setHeader(getTranslation("admin.field.sort-order")).setAutoWidth(true);
        addStatusAndActions();
    }

    @Override
    Page<StreetSummary> fetch(Pageable pageable) {
        return places.streets(pageable);
    }

    @Override
    String name(StreetSummary street) {
        return street.name();
    }

    @Override
    boolean retired(StreetSummary street) {
        return street.retired();
    }

    @Override
    void setRetired(StreetSummary street, boolean retired) {
        places.setStreetRetired(street.id(), retired);
    }

    @Override
    void edit(StreetSummary street) {
        TextField name = AdminUi.textField(this, "admin.field.name", 100, true);
        IntegerField sortOrder = AdminUi.sortOrderField(this, street == null ? 0 : street.sortOrder());
        TextField code = AdminUi.textField(this, "open311.street-code", 32, false);
        code.setHelperText(getTranslation("open311.street-code.help"));
        if (street != null) {
            name.setValue(street.name());
            code.setValue(street.code() == null ? "" : street.code());
        }
        EditDialog dialog = new EditDialog(getTranslation(street == null ? "admin.streets.new" : "admin.streets.edit"), name, sortOrder, code);
        dialog.errors().bind("name", name).bind("sortOrder", sortOrder).bind("code", code);
        Long id = street == null ? null : street.id();
        dialog.onSave(() -> places.saveStreet(id, new StreetForm(name.getValue(), sortOrder.getValue(), code.getValue())), this::saved);
        dialog.open();
    }
}
