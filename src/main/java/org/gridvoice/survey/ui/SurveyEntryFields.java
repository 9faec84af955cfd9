package org.gridvoice.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.gridvoice.attestation.fields.StaffEntryFields;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.survey.SurveyDetails;
import org.gridvoice.survey.SurveyEntries;
import org.gridvoice.survey.SurveyService;
import org.gridvoice.survey.SurveyStatus;
import org.gridvoice.survey.SurveySummary;
import org.springframework.data.domain.PageRequest;

/**
 * A known resident's paper questionnaire on the staff's new-entry screen (代录): the open survey, then its
 * questions as the survey's page shows them. The payload is the survey's id and the answers by question id,
 * as JSON; the survey module checks it as a response and records it as the resident's once they attest it.
 */
@SpringComponent
class SurveyEntryFields implements StaffEntryFields {

    static final int SURVEYS_LISTED = 50;

    private final SurveyService surveys;

    SurveyEntryFields(SurveyService surveys) {
        this.surveys = surveys;
    }

    @Override
    public String kind() {
        return "survey";
    }

    @Override
    public Fields open(Long residentGridId) {
        Select<SurveySummary> survey = new Select<>();
        survey.setLabel(survey.getTranslation("surveyview.entry.survey"));
        survey.setHelperText(survey.getTranslation("surveyview.entry.survey.help"));
        survey.setItems(surveys.list(PageRequest.of(0, SURVEYS_LISTED)).stream().filter(s -> s.status() == SurveyStatus.OPEN).toList());
        survey.setItemLabelGenerator(s -> s == null ? "" : s.title());
        survey.setId("survey-entry-survey");
        Div questions = new Div();
        ResponseInputs[] inputs = {null};
        FormErrors[] bound = {null};
        survey.addValueChangeListener(e -> {
            questions.removeAll();
            inputs[0] = null;
            if (e.getValue() != null) {
                SurveyDetails details = surveys.details(e.getValue().id());
                inputs[0] = new ResponseInputs(details);
                questions.add(inputs[0]);
                if (bound[0] != null) {
                    inputs[0].bind(bound[0]);
                }
            }
        });
        Div component = new Div(survey, questions);
        return new Fields() {
            @Override
            public Component component() {
                return component;
            }

            @Override
            public String payload() {
                return SurveyEntries.payload(survey.getValue() == null ? null : survey.getValue().id(),
                        inputs[0] == null ? null : inputs[0].form());
            }

            @Override
            public void bind(FormErrors errors) {
                bound[0] = errors;
                errors.bind("surveyId", survey);
                if (inputs[0] != null) {
                    inputs[0].bind(errors);
                }
            }
        };
    }
}
