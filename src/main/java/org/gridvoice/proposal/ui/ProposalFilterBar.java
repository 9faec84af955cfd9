package org.gridvoice.proposal.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.gridvoice.place.CategorySummary;
import org.gridvoice.place.GridSummary;
import org.gridvoice.proposal.ProposalFilter;
import org.gridvoice.proposal.ProposalSort;
import org.gridvoice.proposal.ProposalStatus;

/** Order and filters of a consultation's proposal list; every change runs {@code onChange}. */
class ProposalFilterBar extends Div {

    final Select<ProposalSort> sort = new Select<>();
    final ComboBox<CategorySummary> category = new ComboBox<>();
    final ComboBox<GridSummary> grid = new ComboBox<>();
    final Select<ProposalStatus> status = new Select<>();
    final Checkbox qualifiedOnly = new Checkbox();
    final TextField search = new TextField();

    ProposalFilterBar(ConsultationChoices consultation, Runnable onChange) {
        sort.setLabel(getTranslation("proposal.sort"));
        sort.setItems(ProposalSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("proposal.sort." + s.name()));
        sort.setValue(ProposalSort.NEWEST);

        category.setLabel(getTranslation("proposal.filter.category"));
        category.setPlaceholder(getTranslation("proposal.filter.category.any"));
        category.setItems(consultation.categories());
        category.setItemLabelGenerator(c -> c.name(getLocale()));
        category.setClearButtonVisible(true);

        grid.setLabel(getTranslation("proposal.filter.grid"));
        grid.setPlaceholder(getTranslation("proposal.filter.grid.any"));
        grid.setItems(consultation.grids());
        grid.setItemLabelGenerator(GridSummary::name);
        grid.setClearButtonVisible(true);

        status.setLabel(getTranslation("proposal.filter.status"));
        status.setItems(ProposalStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("proposal.filter.status.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("proposal.filter.status.any") : getTranslation(StatusBadge.key(s)));
        // the default: every proposal not withdrawn, so the list shows what matters in every phase
        status.setValue(null);

        qualifiedOnly.setLabel(getTranslation("proposal.filter.qualified"));

        search.setLabel(getTranslation("proposal.filter.search"));
        search.setPlaceholder(getTranslation("proposal.filter.search.placeholder"));
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setMinWidth("16em");

        sort.addValueChangeListener(e -> onChange.run());
        category.addValueChangeListener(e -> onChange.run());
        grid.addValueChangeListener(e -> onChange.run());
        status.addValueChangeListener(e -> onChange.run());
        qualifiedOnly.addValueChangeListener(e -> onChange.run());
        search.addValueChangeListener(e -> onChange.run());

        add(sort, category, grid, status, qualifiedOnly, search);
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.END,
                LumoUtility.Margin.Bottom.MEDIUM);
    }

    ProposalFilter filter() {
        String text = search.getValue() == null || search.getValue().isBlank() ? null : search.getValue().strip();
        return new ProposalFilter(category.getValue() == null ? null : category.getValue().id(),
                grid.getValue() == null ? null : grid.getValue().id(), status.getValue(),
                qualifiedOnly.getValue() ? Boolean.TRUE : null, text);
    }

    ProposalSort sort() {
        return sort.getValue() == null ? ProposalSort.NEWEST : sort.getValue();
    }
}
