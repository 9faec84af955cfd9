package org.gridvoice.place.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.place.GridForm;
import org.gridvoice.place.GridSummary;
import org.gridvoice.place.PlaceService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

final class GridsTab extends AdminList<GridSummary> {

    private final PlaceService places;

    GridsTab(PlaceService places) {
        super(Sort.unsorted());
        this.places = places;
        grid.addColumn(GridSummary::name).setHeader(getTranslation("admin.field.name")).setFlexGrow(1);
        grid.addColumn(GridSummary::communityName).setHeader(getTranslation("admin.field.community")).setFlexGrow(1);
        grid.addColumn(g -> g.description() == null ? "" : g.description())
                .setHeader(getTranslation("admin.field.description")).setFlexGrow(2);
        grid.addColumn(GridSummary::sortOrder).setKey("sortOrder").setHeader(getTranslation("admin.field.sort-order")).setAutoWidth(true);
        addStatusAndActions();
    }

    @Override
    Page<GridSummary> fetch(Pageable pageable) {
        return places.grids(pageable);
    }

    @Override
    String name(GridSummary grid) {
        return grid.fullName();
    }

    @Override
    boolean retired(GridSummary grid) {
        return grid.retired();
    }

    @Override
    void setRetired(GridSummary grid, boolean retired) {
        places.setGridRetired(grid.id(), retired);
    }

    @Override
    void edit(GridSummary grid) {
        List<CommunitySummary> communities = places.activeCommunities();
        ComboBox<CommunitySummary> community = new ComboBox<>(getTranslation("admin.field.community"));
        community.setItems(communities);
        community.setItemLabelGenerator(c -> AdminUi.communityLabel(this, c));
        community.setRequiredIndicatorVisible(true);
        TextField name = AdminUi.textField(this, "admin.field.name", 100, true);
        TextArea description = AdminUi.textArea(this, "admin.field.description", 500);
        IntegerField sortOrder = AdminUi.sortOrderField(this, grid == null ? 0 : grid.sortOrder());
        if (grid != null) {
            AdminUi.select(community, communities, CommunitySummary::id, grid.communityId());
            name.setValue(grid.name());
            description.setValue(grid.description() == null ? "" : grid.description());
        }
        EditDialog dialog = new EditDialog(
                getTranslation(grid == null ? "admin.grids.new" : "admin.grids.edit"), community, name, description,
                sortOrder);
        dialog.errors().bind("communityId", community).bind("name", name).bind("description", description).bind("sortOrder", sortOrder);
        Long id = grid == null ? null : grid.id();
        dialog.onSave(() -> places.saveGrid(id,
                new GridForm(AdminUi.idOf(community, CommunitySummary::id), name.getValue(), description.getValue(),
                        sortOrder.getValue())), this::saved);
        dialog.open();
    }
}
