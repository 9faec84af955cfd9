package org.gridvoice.place.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Map;
import org.gridvoice.place.GridBoundaryService;
import org.gridvoice.shared.ui.Confirm;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.place.GridForm;
import org.gridvoice.place.GridSummary;
import org.gridvoice.place.PlaceService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

final class GridsTab extends AdminList<GridSummary> {

    private final PlaceService places;
    private final GridBoundaryService boundaries;
    // the boundaries of the grids on the pages fetched so far, read once per page
    private final Map<Long, GridBoundaryService.BoundaryInfo> boundaryOf = new java.util.concurrent.ConcurrentHashMap<>();

    GridsTab(PlaceService places, GridBoundaryService boundaries) {
        super(Sort.unsorted());
        this.places = places;
        this.boundaries = boundaries;
        grid.addColumn(GridSummary::name).setHeader(getTranslation("admin.field.name")).setFlexGrow(1);
        grid.addColumn(GridSummary::communityName).setHeader(getTranslation("admin.field.community")).setFlexGrow(1);
        grid.addColumn(g -> g.description() == null ? "" : g.description())
                .setHeader(getTranslation("admin.field.description")).setFlexGrow(2);
        grid.addColumn(GridSummary::sortOrder).setKey("sortOrder").setHeader(getTranslation("admin.field.sort-order")).setAutoWidth(true);
        grid.addComponentColumn(this::boundary).setKey("boundary").setHeader(getTranslation("boundary.column"))
                .setAutoWidth(true).setFlexGrow(0);
        addStatusAndActions();
    }

    @Override
    Page<GridSummary> fetch(Pageable pageable) {
        Page<GridSummary> page = places.grids(pageable);
        List<Long> ids = page.stream().map(GridSummary::id).toList();
        ids.forEach(boundaryOf::remove);
        boundaryOf.putAll(boundaries.boundariesOf(ids));
        return page;
    }

    /** Whether the grid has a boundary, with import (or replace) and remove. */
    private Component boundary(GridSummary item) {
        GridBoundaryService.BoundaryInfo info = boundaryOf.get(item.id());
        Span badge = new Span(getTranslation(info == null ? "boundary.absent" : "boundary.present"));
        badge.getElement().getThemeList().add(info == null ? "badge contrast" : "badge success");
        badge.addClassName("gv-boundary-status");
        if (info != null) {
            badge.getElement().setAttribute("title", getTranslation("boundary.present.aria", info.vertices()));
        }
        String name = item.fullName();
        Button upload = AdminUi.iconButton(this, VaadinIcon.UPLOAD, "boundary.upload", "boundary.upload.aria", name,
                () -> new BoundaryDialog(boundaries, item, info != null, this::refresh).open());
        HorizontalLayout cell = new HorizontalLayout(badge, upload);
        cell.setAlignItems(Alignment.CENTER);
        cell.setSpacing(false);
        if (info != null) {
            cell.add(AdminUi.iconButton(this, VaadinIcon.TRASH, "boundary.remove", "boundary.remove.aria", name,
                    () -> Confirm.ask(this, "boundary.remove.title", "boundary.remove.text", "boundary.remove", () -> remove(item), name)));
        }
        return cell;
    }

    private void remove(GridSummary item) {
        if (new FormErrors(this).attempt(() -> boundaries.removeBoundary(item.id()))) {
            refresh();
            Toasts.success(getTranslation("boundary.removed", item.fullName()));
        }
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
