package org.gridvoice.place.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.gridvoice.place.CommunityForm;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.place.StreetSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

final class CommunitiesTab extends AdminList<CommunitySummary> {

    private final PlaceService places;

    CommunitiesTab(PlaceService places) {
        super(Sort.unsorted());
        this.places = places;
        grid.addColumn(CommunitySummary::name).setHeader(getTranslation("admin.field.name")).setFlexGrow(1);
        grid.addColumn(CommunitySummary::streetName).setHeader(getTranslation("admin.field.street")).setFlexGrow(1);
        grid.addColumn(c -> c.address() == null ? "" : c.address()).setHeader(getTranslation("admin.field.address")).setFlexGrow(2);
        grid.addColumn(CommunitySummary::sortOrder).setKey("sortOrder").setHeader(getTranslation("admin.field.sort-order"))
                .setAutoWidth(true);
        addStatusAndActions();
    }

    @Override
    Page<CommunitySummary> fetch(Pageable pageable) {
        return places.communities(pageable);
    }

    @Override
    String name(CommunitySummary community) {
        return community.name();
    }

    @Override
    boolean retired(CommunitySummary community) {
        return community.retired();
    }

    @Override
    void setRetired(CommunitySummary community, boolean retired) {
        places.setCommunityRetired(community.id(), retired);
    }

    @Override
    void edit(CommunitySummary community) {
        List<StreetSummary> streets = places.activeStreets();
        ComboBox<StreetSummary> street = new ComboBox<>(getTranslation("admin.field.street"));
        street.setItems(streets);
        street.setItemLabelGenerator(StreetSummary::name);
        street.setRequiredIndicatorVisible(true);
        TextField name = AdminUi.textField(this, "admin.field.name", 100, true);
        TextField address = AdminUi.textField(this, "admin.field.address", 200, false);
        IntegerField sortOrder = AdminUi.sortOrderField(this, community == null ? 0 : community.sortOrder());
        if (community != null) {
            AdminUi.select(street, streets, StreetSummary::id, community.streetId());
            name.setValue(community.name());
            address.setValue(community.address() == null ? "" : community.address());
        }
        EditDialog dialog = new EditDialog(
                getTranslation(community == null ? "admin.communities.new" : "admin.communities.edit"), street, name, address,
                sortOrder);
        dialog.errors().bind("streetId", street).bind("name", name).bind("address", address).bind("sortOrder", sortOrder);
        Long id = community == null ? null : community.id();
        dialog.onSave(() -> places.saveCommunity(id,
                new CommunityForm(AdminUi.idOf(street, StreetSummary::id), name.getValue(), address.getValue(),
                        sortOrder.getValue())), this::saved);
        dialog.open();
    }
}
