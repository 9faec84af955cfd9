package org.gridvoice.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.gridvoice.consultation.ConsultationDetails;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.place.CategorySummary;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.place.GridSummary;
import org.gridvoice.shared.ui.FormErrors;

/** The fields of a consultation, for a new draft or an existing one; once published, scope and categories are fixed. */
class ConsultationFormFields extends Div {

    final ComboBox<CommunitySummary> community = new ComboBox<>();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final RadioButtonGroup<Boolean> scope = new RadioButtonGroup<>();
    final MultiSelectComboBox<GridSummary> grids = new MultiSelectComboBox<>();
    final MultiSelectComboBox<CategorySummary> categories = new MultiSelectComboBox<>();
    final DateTimePicker proposalsOpenAt = new DateTimePicker();
    final DateTimePicker proposalsCloseAt = new DateTimePicker();
    final DateTimePicker votingOpenAt = new DateTimePicker();
    final DateTimePicker votingCloseAt = new DateTimePicker();
    final IntegerField threshold = new IntegerField();
    final TabSheet descriptionTabs = new TabSheet();
    private final Div preview = new Div();
    private final Function<Long, List<GridSummary>> gridsOf;
    private final UnaryOperator<String> markdown;
    /** The consultation as published, whose scope, categories and threshold the form keeps; null while a draft. */
    private ConsultationDetails published;

    ConsultationFormFields(List<CommunitySummary> communities, List<CategorySummary> allCategories,
                           Function<Long, List<GridSummary>> gridsOf, UnaryOperator<String> markdown) {
        this.gridsOf = gridsOf;
        this.markdown = markdown;
        community.setLabel(getTranslation("consultation.field.community"));
        community.setItems(communities);
        community.setItemLabelGenerator(CommunitySummary::name);
        community.setRequiredIndicatorVisible(true);
        community.addValueChangeListener(e -> {
            grids.clear();
            grids.setItems(e.getValue() == null ? List.of() : gridsOf.apply(e.getValue().id()));
        });
        title.setLabel(getTranslation("consultation.field.title"));
        title.setMaxLength(120);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();

        description.setLabel(getTranslation("consultation.field.description"));
        description.setHelperText(getTranslation("consultation.field.description.help"));
        description.setMaxLength(20_000);
        description.setRequiredIndicatorVisible(true);
        description.setWidthFull();
        description.setMinHeight("12em");
        descriptionTabs.add(getTranslation("consultation.editor.write"), description);
        descriptionTabs.add(getTranslation("consultation.editor.preview"), preview);
        descriptionTabs.addSelectedChangeListener(e -> {
            if (descriptionTabs.getSelectedIndex() == 1) {
                renderPreview();
            }
        });
        descriptionTabs.setWidthFull();

        scope.setLabel(getTranslation("consultation.field.scope"));
        scope.setItems(true, false);
        scope.setItemLabelGenerator(whole -> getTranslation(whole ? "consultation.scope.whole" : "consultation.scope.chosen"));
        scope.setValue(true);
        scope.addValueChangeListener(e -> grids.setEnabled(published == null && Boolean.FALSE.equals(e.getValue())));
        grids.setLabel(getTranslation("consultation.field.grids"));
        grids.setHelperText(getTranslation("consultation.field.grids.help"));
        grids.setItemLabelGenerator(GridSummary::name);
        grids.setEnabled(false);
        categories.setLabel(getTranslation("consultation.field.categories"));
        categories.setHelperText(getTranslation("consultation.field.categories.help"));
        categories.setItems(allCategories);
        categories.setItemLabelGenerator(c -> c.name(getLocale()));
        categories.setRequiredIndicatorVisible(true);

        for (DateTimePicker picker : List.of(proposalsOpenAt, proposalsCloseAt, votingOpenAt, votingCloseAt)) {
            String name = name(picker);
            picker.setLabel(getTranslation("consultation.field." + name));
            picker.setHelperText(getTranslation("consultation.field." + name + ".help"));
            picker.setRequiredIndicatorVisible(true);
        }
        threshold.setLabel(getTranslation("consultation.field.endorsementThreshold"));
        threshold.setHelperText(getTranslation("consultation.field.endorsementThreshold.help"));
        threshold.setMin(1);
        threshold.setMax(10_000);
        threshold.setStepButtonsVisible(true);
        threshold.setValue(5);

        FormLayout layout = new FormLayout(community, title, descriptionTabs, scope, grids, categories, threshold,
                proposalsOpenAt, proposalsCloseAt, votingOpenAt, votingCloseAt);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        layout.setColspan(descriptionTabs, 2);
        layout.setColspan(title, 2);
        add(layout);
    }

    /** A new draft: the only community preselected, proposals from the next full hour for two weeks, voting in the fourth week. */
    void startNew(LocalDateTime now) {
        if (community.getListDataView().getItemCount() == 1) {
            community.setValue(community.getListDataView().getItem(0));
        }
        LocalDateTime open = now.truncatedTo(ChronoUnit.HOURS);
        if (open.isBefore(now)) {
            open = open.plusHours(1);
        }
        proposalsOpenAt.setValue(open);
        proposalsCloseAt.setValue(open.plusDays(14));
        votingOpenAt.setValue(open.plusDays(21));
        votingCloseAt.setValue(open.plusDays(28));
    }

    /** An existing consultation; the community never changes, and a published one keeps its scope. */
    void fill(ConsultationDetails d) {
        community.getListDataView().getItems().filter(c -> c.id().equals(d.communityId())).findFirst()
                .ifPresent(community::setValue);
        community.setEnabled(false);
        community.setHelperText(getTranslation("consultation.field.community.fixed"));
        title.setValue(d.title());
        description.setValue(d.description());
        scope.setValue(d.wholeCommunity());
        grids.setValue(grids.getListDataView().getItems().filter(g -> d.gridIds().contains(g.id())).collect(Collectors.toSet()));
        categories.setValue(categories.getListDataView().getItems().filter(c -> d.categoryIds().contains(c.id()))
                .collect(Collectors.toSet()));
        threshold.setValue(d.endorsementThreshold());
        proposalsOpenAt.setValue(d.dates().proposalsOpenAt());
        proposalsCloseAt.setValue(d.dates().proposalsCloseAt());
        votingOpenAt.setValue(d.dates().votingOpenAt());
        votingCloseAt.setValue(d.dates().votingCloseAt());
        if (d.publishedAt() != null) {
            published = d;
            for (HasEnabled field : List.<HasEnabled>of(scope, grids, categories, threshold)) {
                field.setEnabled(false);
            }
            String fixed = getTranslation("consultation.field.fixed");
            scope.setHelperText(fixed);
            grids.setHelperText(fixed);
            categories.setHelperText(fixed);
            threshold.setHelperText(fixed);
        }
    }

    FormErrors errors(Component owner) {
        return new FormErrors(owner).bind("communityId", community).bind("title", title).bind("description", description)
                .bind("gridIds", grids).bind("categoryIds", categories).bind("proposalsOpenAt", proposalsOpenAt)
                .bind("proposalsCloseAt", proposalsCloseAt).bind("votingOpenAt", votingOpenAt).bind("votingCloseAt", votingCloseAt)
                .bind("endorsementThreshold", threshold);
    }

    ConsultationForm form() {
        boolean whole = published != null ? published.wholeCommunity() : !Boolean.FALSE.equals(scope.getValue());
        Set<Long> gridIds = published != null ? published.gridIds() : whole ? Set.of() : ids(grids.getValue(), GridSummary::id);
        Set<Long> categoryIds = published != null ? published.categoryIds() : ids(categories.getValue(), CategorySummary::id);
        int endorsements = published != null ? published.endorsementThreshold()
                : threshold.getValue() == null ? 0 : threshold.getValue();
        return new ConsultationForm(community.getValue() == null ? null : community.getValue().id(), title.getValue(),
                description.getValue(), whole, gridIds, categoryIds, proposalsOpenAt.getValue(), proposalsCloseAt.getValue(),
                votingOpenAt.getValue(), votingCloseAt.getValue(), endorsements);
    }

    /** Shows the Markdown source again, where a refusal of the description appears. */
    void showWriteTab() {
        descriptionTabs.setSelectedIndex(0);
    }

    private void renderPreview() {
        preview.removeAll();
        String html = markdown.apply(description.getValue());
        preview.add(html.isBlank() ? new Paragraph(getTranslation("consultation.editor.preview.empty"))
                : new Html("<div>" + html + "</div>"));
    }

    private String name(DateTimePicker picker) {
        return picker == proposalsOpenAt ? "proposalsOpenAt" : picker == proposalsCloseAt ? "proposalsCloseAt"
                : picker == votingOpenAt ? "votingOpenAt" : "votingCloseAt";
    }

    private static <T> Set<Long> ids(Collection<T> items, Function<T, Long> id) {
        return items.stream().map(id).collect(Collectors.toSet());
    }
}
