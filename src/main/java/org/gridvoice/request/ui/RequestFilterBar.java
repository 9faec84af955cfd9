package org.gridvoice.request.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.gridvoice.casework.CaseStatus;
import org.gridvoice.place.CategorySummary;
import org.gridvoice.place.GridSummary;
import org.gridvoice.request.RequestFilter;

/** The public list's filters: status, category, grid and the days filed; every change runs {@code onChange}. */
class RequestFilterBar extends Div {

    final Select<CaseStatus> status = new Select<>();
    final ComboBox<CategorySummary> category = new ComboBox<>();
    final ComboBox<GridSummary> grid = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();

    RequestFilterBar(List<CategorySummary> categories, List<GridSummary> grids, Runnable onChange) {
        status.setLabel(getTranslation("request.filter.status"));
        status.setItems(CaseStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("request.filter.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("request.filter.any") : getTranslation("casework.status." + s.name()));

        category.setLabel(getTranslation("request.filter.category"));
        category.setPlaceholder(getTranslation("request.filter.any"));
        category.setItems(categories);
        category.setItemLabelGenerator(c -> c.name(getLocale()));
        category.setClearButtonVisible(true);

        grid.setLabel(getTranslation("request.filter.grid"));
        grid.setPlaceholder(getTranslation("request.filter.any"));
        grid.setItems(grids);
        grid.setItemLabelGenerator(GridSummary::fullName);
        grid.setClearButtonVisible(true);

        from.setLabel(getTranslation("request.filter.from"));
        to.setLabel(getTranslation("request.filter.to"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));

        status.addValueChangeListener(e -> onChange.run());
        category.addValueChangeListener(e -> onChange.run());
        grid.addValueChangeListener(e -> onChange.run());
        from.addValueChangeListener(e -> onChange.run());
        to.addValueChangeListener(e -> onChange.run());

        add(status, category, grid, from, to);
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.END,
                LumoUtility.Margin.Bottom.MEDIUM);
    }

    RequestFilter filter() {
        return new RequestFilter(status.getValue(), category.getValue() == null ? null : category.getValue().id(),
                grid.getValue() == null ? null : grid.getValue().id(), from.getValue(), to.getValue());
    }
}
