package org.gridvoice.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.gridvoice.place.CategorySummary;
import org.gridvoice.place.GridSummary;
import org.gridvoice.proposal.ProposalDetails;
import org.gridvoice.proposal.ProposalForm;
import org.gridvoice.proposal.SimilarProposal;
import org.gridvoice.shared.ui.FormErrors;

/** The fields of a proposal, with a Markdown preview and similar proposals suggested while the title is typed. */
class ProposalFormFields extends Div {

    final TextField title = new TextField();
    final SimilarProposals similar = new SimilarProposals();
    final TextArea body = new TextArea();
    final TabSheet bodyTabs = new TabSheet();
    final ComboBox<CategorySummary> category = new ComboBox<>();
    final ComboBox<GridSummary> grid = new ComboBox<>();
    final TextField placeText = new TextField();
    /** Off for a new proposal: the author's name is shown publicly only when they choose it. */
    final Checkbox showName = new Checkbox();
    /** The author's cost estimate in yuan, only in a budget consultation (where it is required). */
    final IntegerField cost = new IntegerField();
    private final Div preview = new Div();
    private final ConsultationChoices consultation;
    private final UnaryOperator<String> markdown;
    /** The proposal being reworded; null for a new one. */
    private Long editing;

    ProposalFormFields(ConsultationChoices consultation, Function<String, List<SimilarProposal>> similarTo,
                       UnaryOperator<String> markdown) {
        this.consultation = consultation;
        this.markdown = markdown;
        title.setLabel(getTranslation("proposal.field.title"));
        title.setHelperText(getTranslation("proposal.field.title.help"));
        title.setMaxLength(120);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.addValueChangeListener(e -> similar.show(e.getValue() == null || e.getValue().isBlank() ? List.of()
                : similarTo.apply(e.getValue()).stream().filter(p -> !Objects.equals(p.id(), editing)).toList()));

        body.setLabel(getTranslation("proposal.field.body"));
        body.setHelperText(getTranslation("proposal.field.body.help"));
        body.setMaxLength(10_000);
        body.setRequiredIndicatorVisible(true);
        body.setWidthFull();
        body.setMinHeight("12em");
        bodyTabs.add(getTranslation("proposal.editor.write"), body);
        bodyTabs.add(getTranslation("proposal.editor.preview"), preview);
        bodyTabs.addSelectedChangeListener(e -> {
            if (bodyTabs.getSelectedIndex() == 1) {
                renderPreview();
            }
        });
        bodyTabs.setWidthFull();

        category.setLabel(getTranslation("proposal.field.category"));
        category.setItems(consultation.categories());
        category.setItemLabelGenerator(c -> c.name(getLocale()));
        category.setRequiredIndicatorVisible(true);
        if (consultation.categories().size() == 1) {
            category.setValue(consultation.categories().getFirst());
        }
        grid.setLabel(getTranslation("proposal.field.grid"));
        grid.setHelperText(getTranslation("proposal.field.grid.help"));
        grid.setItems(consultation.grids());
        grid.setItemLabelGenerator(GridSummary::name);
        placeText.setLabel(getTranslation("proposal.field.placeText"));
        placeText.setHelperText(getTranslation("proposal.field.placeText.help"));
        placeText.setMaxLength(200);
        placeText.setWidthFull();

        showName.setLabel(getTranslation("proposal.form.show-name"));
        showName.setHelperText(getTranslation("proposal.form.show-name.help"));
        showName.setValue(false);

        cost.setLabel(getTranslation("budget.proposal.cost"));
        cost.setId("proposal-cost");
        cost.setMin(1);
        cost.setMax(100_000_000);
        cost.setSuffixComponent(new Span(getTranslation("budget.yuan.unit")));
        consultation.budget().ifPresent(b -> {
            cost.setRequiredIndicatorVisible(true);
            cost.setHelperText(b.maxProjectYuan() == null ? getTranslation("budget.proposal.cost.help", b.totalYuan())
                    : getTranslation("budget.proposal.cost.help.cap", b.totalYuan(), b.maxProjectYuan()));
        });
        cost.setVisible(consultation.budget().isPresent());

        FormLayout layout = new FormLayout(title, similar, bodyTabs, category, grid, cost, placeText, showName);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        layout.setColspan(title, 2);
        layout.setColspan(similar, 2);
        layout.setColspan(bodyTabs, 2);
        layout.setColspan(placeText, 2);
        layout.setColspan(showName, 2);
        add(layout);
    }

    /** A new proposal, in the author's own grid unless they choose another the consultation covers. */
    void startNew(Long myGrid) {
        consultation.grid(myGrid).ifPresent(grid::setValue);
    }

    /** The proposal as it stands; its grid is fixed once posted. */
    void fill(ProposalDetails details) {
        editing = details.summary().id();
        title.setValue(details.summary().title());
        body.setValue(details.body());
        consultation.category(details.summary().categoryId()).ifPresent(category::setValue);
        consultation.grid(details.summary().gridId()).ifPresent(grid::setValue);
        grid.setEnabled(false);
        grid.setHelperText(getTranslation("proposal.field.grid.fixed"));
        placeText.setValue(details.placeText() == null ? "" : details.placeText());
        showName.setValue(details.summary().authorShown());
    }

    /** The estimate the proposal carries now (a budget consultation's proposal). */
    void fillCost(Long costYuan) {
        cost.setValue(costYuan == null ? null : Math.toIntExact(costYuan));
    }

    FormErrors errors(Component owner) {
        return new FormErrors(owner).bind("title", title).bind("body", body).bind("categoryId", category)
                .bind("gridId", grid).bind("placeText", placeText).bind("costYuan", cost);
    }

    ProposalForm form() {
        return new ProposalForm(consultation.id(), title.getValue(), body.getValue(),
                category.getValue() == null ? null : category.getValue().id(), grid.getValue() == null ? null : grid.getValue().id(),
                placeText.getValue(), showName.getValue(),
                cost.isVisible() && cost.getValue() != null ? Long.valueOf(cost.getValue()) : null);
    }

    /** Shows the Markdown source again, where a refusal of the body appears. */
    void showWriteTab() {
        bodyTabs.setSelectedIndex(0);
    }

    private void renderPreview() {
        preview.removeAll();
        String html = markdown.apply(body.getValue());
        preview.add(html.isBlank() ? new Paragraph(getTranslation("proposal.editor.preview.empty"))
                : new Html("<div>" + html + "</div>"));
    }
}
