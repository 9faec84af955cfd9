package org.gridvoice.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.gridvoice.shared.ui.RouteIds;
import org.gridvoice.shared.ui.Toasts;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.survey.SurveyDetails;
import org.gridvoice.survey.SurveyService;
import org.springframework.security.access.AccessDeniedException;

/**
 * Staff type in an anonymous paper questionnaire: the same questions as the survey's page, counted as an
 * anonymous paper form; after each one the form is empty again for the next. A known resident's paper form
 * goes through staff entry and the resident's attestation instead (linked here).
 */
@Route("surveys/:id/paper")
@RolesAllowed({"COMMITTEE", "OFFICER", "OFFICE_LEAD"})
public class PaperSurveyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SurveyService surveys;
    private final Div formArea = new Div();
    private SurveyDetails survey;
    private int entered;

    public PaperSurveyView(SurveyService surveys) {
        this.surveys = surveys;
        addClassNames("gv-page", "gv-touch");
        setId("survey-paper");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        entered = 0;
        Long id = RouteIds.id(event);
        try {
            survey = id == null ? null : surveys.details(id);
        } catch (InvalidInput | AccessDeniedException notShown) {
            survey = null;
        }
        if (survey == null) {
            add(new H2(getTranslation("surveyview.not-found.title")), new Paragraph(new RouterLink(getTranslation("surveyview.back-to-list"), SurveysView.class)));
            return;
        }
        Anchor known = new Anchor("staff/entries/new", getTranslation("surveyview.paper.known.link"));
        add(new H2(getPageTitle()), new Paragraph(getTranslation("surveyview.paper.intro")),
                new Paragraph(new com.vaadin.flow.component.Text(getTranslation("surveyview.paper.known") + " "), known),
                new Paragraph(new RouterLink(getTranslation("surveyview.results.back"), SurveyView.class, SurveyView.parameters(id))), formArea);
        newForm();
    }

    private void newForm() {
        formArea.removeAll();
        ResponseInputs inputs = new ResponseInputs(survey);
        Button submit = new Button(getTranslation("surveyview.paper.submit"));
        submit.setId("survey-paper-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.addClickListener(e -> {
            if (!inputs.requiredAnswered()) {
                Toasts.error(getTranslation("surveyview.error.missing"));
                return;
            }
            var form = inputs.form();
            if (inputs.attempt(() -> surveys.enterAnonymousPaper(survey.id(), form))) {
                entered++;
                Toasts.success(getTranslation("surveyview.paper.done", entered));
                newForm();
                formArea.getElement().callJsFunction("scrollIntoView");
            }
        });
        Paragraph count = new Paragraph(getTranslation("surveyview.paper.count", entered));
        count.setId("survey-paper-count");
        Div actions = new Div(submit);
        actions.addClassName("gv-actions");
        formArea.add(count, inputs, actions);
    }

    @Override
    public String getPageTitle() {
        return survey == null ? getTranslation("surveyview.not-found.title") : getTranslation("surveyview.paper.title", survey.title());
    }
}
