package org.gridvoice.request.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gridvoice.photo.ui.PhotoPicker;
import org.gridvoice.place.CategorySummary;
import org.gridvoice.place.GridSummary;
import org.gridvoice.request.RequestForm;
import org.gridvoice.shared.ui.FormErrors;

/**
 * The fields of a request: what (category, words, photos), where (grid, address, point) and whether
 * the name is shown. The values stay as typed whatever the service answers, so nothing is lost.
 */
class RequestFormFields extends Div {

    static final int MAX_ADDRESS = 200;

    final Select<CategorySummary> category = new Select<>();
    final ComboBox<GridSummary> grid = new ComboBox<>();
    final TextField address = new TextField();
    final PointFields point = new PointFields();
    final TextArea description = new TextArea();
    final PhotoPicker photos;
    final Checkbox showName = new Checkbox();

    RequestFormFields(List<CategorySummary> categories, List<GridSummary> grids, PhotoPicker photos) {
        this.photos = photos;
        category.setLabel(getTranslation("request.field.category"));
        category.setItems(categories);
        category.setItemLabelGenerator(c -> c == null ? "" : c.name(getLocale()));
        category.setPlaceholder(getTranslation("request.field.category.choose"));
        // no required mark: Vaadin's select puts aria-required on its value button, whose role (button) does not allow
        // it (axe: aria-allowed-attr, critical); an empty category is still refused next to the field when sent
        category.setWidthFull();

        grid.setLabel(getTranslation("request.field.grid"));
        grid.setHelperText(getTranslation("request.field.grid.help"));
        // "社区 · 网格", ordered by community so the grids of one community stand together
        grid.setItems(grids.stream().sorted(Comparator.comparing(GridSummary::communityName).thenComparing(GridSummary::sortOrder)
                .thenComparing(GridSummary::name)).toList());
        grid.setItemLabelGenerator(GridSummary::fullName);
        grid.setRequiredIndicatorVisible(true);
        grid.setWidthFull();

        address.setLabel(getTranslation("request.field.address"));
        address.setHelperText(getTranslation("request.field.address.help"));
        address.setMaxLength(MAX_ADDRESS);
        address.setRequiredIndicatorVisible(true);
        address.setWidthFull();

        description.setLabel(getTranslation("request.field.description"));
        description.setMaxLength(RequestForm.MAX_DESCRIPTION);
        description.setRequiredIndicatorVisible(true);
        description.setWidthFull();
        description.setMinHeight("10em");
        description.setValueChangeMode(ValueChangeMode.LAZY);
        description.addValueChangeListener(e -> count());
        count();

        showName.setLabel(getTranslation("request.field.show-name"));
        showName.setValue(false);
        Span staffSee = new Span(getTranslation("request.field.show-name.help"));
        staffSee.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Div name = new Div(showName, staffSee);
        name.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);

        FormLayout layout = new FormLayout(category, grid, address, point, description, photos, name);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        layout.setColspan(address, 2);
        layout.setColspan(point, 2);
        layout.setColspan(description, 2);
        layout.setColspan(photos, 2);
        layout.setColspan(name, 2);
        add(layout);
    }

    /** The visible counter, also read with the field (helper text). */
    private void count() {
        int used = description.getValue() == null ? 0 : description.getValue().length();
        description.setHelperText(getTranslation("request.field.description.count", used, RequestForm.MAX_DESCRIPTION));
    }

    void presetGrid(Optional<Long> gridId) {
        gridId.flatMap(id -> grid.getListDataView().getItems().filter(g -> g.id().equals(id)).findFirst()).ifPresent(grid::setValue);
    }

    FormErrors errors(Component owner) {
        return new FormErrors(owner).bind("categoryId", category).bind("gridId", grid).bind("address", address)
                .bind("latitude", point.latitude).bind("longitude", point.longitude).bind("description", description);
    }

    RequestForm form() {
        return new RequestForm(category.getValue() == null ? null : category.getValue().id(),
                grid.getValue() == null ? null : grid.getValue().id(), address.getValue(), point.latitude.getValue(),
                point.longitude.getValue(), description.getValue(), photos.photoIds(), showName.getValue());
    }

    Long categoryId() {
        return category.getValue() == null ? null : category.getValue().id();
    }

    Long gridId() {
        return grid.getValue() == null ? null : grid.getValue().id();
    }

    BigDecimal[] pointOrNone() {
        return point.pointOrNone();
    }
}
