package org.gridvoice.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.gridvoice.attestation.fields.StaffEntryFields;
import org.gridvoice.consultation.ConsultationFilter;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.consultation.ConsultationSummary;
import org.gridvoice.consultation.Phase;
import org.gridvoice.place.CategoryService;
import org.gridvoice.place.CategorySummary;
import org.gridvoice.place.GridSummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.proposal.ProposalEntries;
import org.gridvoice.proposal.ProposalForm;
import org.gridvoice.shared.ui.FormErrors;
import org.springframework.data.domain.PageRequest;

/** A proposal's fields on the staff's new-entry screen (代录): a consultation of the resident's community collecting proposals, and the proposal in their words. */
@SpringComponent
class ProposalEntryFields implements StaffEntryFields {

    private final ConsultationService consultations;
    private final CategoryService categories;
    private final PlaceService places;

    ProposalEntryFields(ConsultationService consultations, CategoryService categories, PlaceService places) {
        this.consultations = consultations;
        this.categories = categories;
        this.places = places;
    }

    @Override
    public String kind() {
        return "proposal";
    }

    @Override
    public Fields open(Long residentGridId) {
        Long community = places.grid(residentGridId).map(GridSummary::communityId).orElse(null);
        Select<ConsultationSummary> consultation = new Select<>();
        Select<CategorySummary> category = new Select<>();
        TextField title = new TextField();
        TextArea body = new TextArea();
        TextField place = new TextField();
        Checkbox showName = new Checkbox();
        // a budget consultation's proposal carries the resident's cost estimate
        IntegerField cost = new IntegerField();
        FormLayout layout = new FormLayout(consultation, title, body, category, cost, place, showName);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        consultation.setLabel(layout.getTranslation("attest.field.consultation"));
        consultation.setItems(community == null ? List.of()
                : consultations.list(new ConsultationFilter(community, Phase.PROPOSALS, null, null), PageRequest.of(0, 50)).getContent());
        consultation.setItemLabelGenerator(c -> c == null ? "" : c.title());
        consultation.addValueChangeListener(e -> category.setItems(e.getValue() == null ? List.of()
                : categories.activeCategories().stream().filter(c -> consultations.details(e.getValue().id()).categoryIds().contains(c.id()))
                        .toList()));
        cost.setLabel(layout.getTranslation("budget.proposal.cost"));
        cost.setMin(1);
        cost.setMax(100_000_000);
        cost.setVisible(false);
        consultation.addValueChangeListener(e -> {
            cost.setVisible(e.getValue() != null && consultations.budget(e.getValue().id()).isPresent());
            cost.setRequiredIndicatorVisible(cost.isVisible());
        });
        category.setLabel(layout.getTranslation("proposal.field.category"));
        category.setItemLabelGenerator(c -> c == null ? "" : c.name(com.vaadin.flow.component.UI.getCurrent() == null ? java.util.Locale.SIMPLIFIED_CHINESE : com.vaadin.flow.component.UI.getCurrent().getLocale()));
        title.setLabel(layout.getTranslation("proposal.field.title"));
        title.setMaxLength(120);
        body.setLabel(layout.getTranslation("proposal.field.body"));
        body.setMaxLength(10_000);
        body.setMinHeight("8em");
        place.setLabel(layout.getTranslation("proposal.field.placeText"));
        place.setMaxLength(200);
        showName.setLabel(layout.getTranslation("proposal.form.show-name"));
        return new Fields() {
            @Override
            public Component component() {
                return layout;
            }

            @Override
            public String payload() {
                return ProposalEntries.payload(new ProposalForm(consultation.getValue() == null ? null : consultation.getValue().id(),
                        title.getValue(), body.getValue(), category.getValue() == null ? null : category.getValue().id(), null,
                        place.getValue(), showName.getValue(), cost.isVisible() && cost.getValue() != null ? Long.valueOf(cost.getValue()) : null));
            }

            @Override
            public void bind(FormErrors errors) {
                errors.bind("consultationId", consultation).bind("title", title).bind("body", body).bind("categoryId", category)
                        .bind("placeText", place).bind("costYuan", cost);
            }
        };
    }
}
