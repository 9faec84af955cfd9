package org.gridvoice.survey.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.place.GridSummary;
import org.gridvoice.survey.SurveyAudience;
import org.gridvoice.survey.SurveyDetails;

/**
 * The survey's own fields in the editor: community and grids, title, Markdown description with a preview,
 * audience (with what each means, the anonymous link's weak limit said plainly), whether the results will be
 * published, and the open and close dates.
 */
final class SurveyFormFields extends Div {

    final ComboBox<CommunitySummary> community = new ComboBox<>();
    final MultiSelectComboBox<GridSummary> grids = new MultiSelectComboBox<>();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final RadioButtonGroup<SurveyAudience> audience = new RadioButtonGroup<>();
    final RadioButtonGroup<Boolean> publishResults = new RadioButtonGroup<>();
    final DateTimePicker opensAt = new DateTimePicker();
    final DateTimePicker closesAt = new DateTimePicker();
    private final TabSheet descriptionTabs = new TabSheet();
    private final Div preview = new Div();

    SurveyFormFields(List<CommunitySummary> communities, Function<Long, List<GridSummary>> gridsOf, UnaryOperator<String> markdown) {
        community.setLabel(getTranslation("surveyview.field.community"));
        community.setItems(communities);
        community.setItemLabelGenerator(CommunitySummary::name);
        community.setRequiredIndicatorVisible(true);
        community.addValueChangeListener(e -> {
            grids.clear();
            grids.setItems(e.getValue() == null ? List.of() : gridsOf.apply(e.getValue().id()));
        });
        grids.setLabel(getTranslation("surveyview.field.grids"));
        grids.setHelperText(getTranslation("surveyview.field.grids.help"));
        grids.setItemLabelGenerator(GridSummary::name);
        title.setLabel(getTranslation("surveyview.field.title"));
        title.setMaxLength(120);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        description.setLabel(getTranslation("surveyview.field.description"));
        description.setHelperText(getTranslation("surveyview.field.description.help"));
        description.setMaxLength(10_000);
        description.setWidthFull();
        description.setMinHeight("8em");
        descriptionTabs.add(getTranslation("surveyview.editor.write"), description);
        descriptionTabs.add(getTranslation("surveyview.editor.markdown-preview"), preview);
        descriptionTabs.addSelectedChangeListener(e -> {
            if (descriptionTabs.getSelectedIndex() == 1) {
                preview.removeAll();
                String html = markdown.apply(description.getValue());
                preview.add(html.isBlank() ? new Paragraph(getTranslation("surveyview.editor.markdown-preview.empty"))
                        : new Html("<div>" + html + "</div>"));
            }
        });
        descriptionTabs.setWidthFull();
        audience.setLabel(getTranslation("surveyview.field.audience"));
        audience.setItems(SurveyAudience.values());
        audience.setItemLabelGenerator(a -> getTranslation("surveyview.audience.choice." + a.name()));
        audience.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        audience.setValue(SurveyAudience.RESIDENTS);
        audience.addValueChangeListener(e -> explainAudience());
        publishResults.setLabel(getTranslation("surveyview.field.publish"));
        publishResults.setItems(true, false);
        publishResults.setItemLabelGenerator(p -> getTranslation(p ? "surveyview.field.publish.yes" : "surveyview.field.publish.no"));
        publishResults.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        publishResults.setHelperText(getTranslation("surveyview.field.publish.help"));
        publishResults.setValue(true);
        opensAt.setLabel(getTranslation("surveyview.field.opensAt"));
        closesAt.setLabel(getTranslation("surveyview.field.closesAt"));
        opensAt.setRequiredIndicatorVisible(true);
        closesAt.setRequiredIndicatorVisible(true);
        explainAudience();
        FormLayout layout = new FormLayout(community, grids, title, descriptionTabs, audience, publishResults, opensAt, closesAt);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        layout.setColspan(title, 2);
        layout.setColspan(descriptionTabs, 2);
        add(layout);
    }

    private void explainAudience() {
        SurveyAudience a = audience.getValue();
        audience.setHelperText(a == null ? null : getTranslation("surveyview.audience.help." + a.name()));
        grids.setEnabled(a == SurveyAudience.RESIDENTS);
        if (a != SurveyAudience.RESIDENTS) {
            grids.clear();
        }
    }

    void startNew(LocalDateTime now) {
        if (community.getListDataView().getItemCount() == 1) {
            community.setValue(community.getListDataView().getItem(0));
        }
        LocalDateTime open = now.truncatedTo(ChronoUnit.HOURS).plusHours(1);
        opensAt.setValue(open);
        closesAt.setValue(open.plusDays(14));
    }

    /** An existing draft; its grids are known by name on the page, matched here to the community's grids. */
    void fill(SurveyDetails d) {
        community.getListDataView().getItems().filter(c -> c.id().equals(d.communityId())).findFirst().ifPresent(community::setValue);
        community.setEnabled(false);
        title.setValue(d.title());
        description.setValue(d.description() == null ? "" : d.description());
        audience.setValue(d.audience());
        grids.setValue(grids.getListDataView().getItems().filter(g -> d.gridNames() != null && d.gridNames().contains(g.name()))
                .collect(Collectors.toSet()));
        publishResults.setValue(d.publishResults());
        opensAt.setValue(d.opensAt());
        closesAt.setValue(d.closesAt());
    }

    Long communityId() {
        return community.getValue() == null ? null : community.getValue().id();
    }

    Set<Long> gridIds() {
        return grids.getValue().stream().map(GridSummary::id).collect(Collectors.toSet());
    }

    void bind(Map<String, HasValidation> fields) {
        fields.put("communityId", community);
        fields.put("gridIds", grids);
        fields.put("title", title);
        fields.put("description", description);
        fields.put("audience", audience);
        fields.put("publishResults", publishResults);
        fields.put("opensAt", opensAt);
        fields.put("closesAt", closesAt);
        fields.put("dates", closesAt);
    }

    void showWriteTab() {
        descriptionTabs.setSelectedIndex(0);
    }
}
