package org.gridvoice.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.gridvoice.shared.ui.Confirm;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;
import org.gridvoice.survey.SurveyDetails;
import org.gridvoice.survey.SurveyService;
import org.gridvoice.survey.SurveyStatus;

/**
 * What the committee and staff do from a survey's page: edit a draft, copy a link survey's link, read the
 * results, close it early (after a confirmation) and enter a paper form. Everyone sees the results link once
 * the survey is closed; the results page says when they are not published. The service checks every step again.
 */
final class SurveyCommitteeBar extends Div {

    /** The survey's link with its secret, read-only to copy, as the browser reaches this site. */
    static TextField linkField(String token) {
        TextField link = new TextField();
        link.setLabel(link.getTranslation("surveyview.link.label"));
        link.setId("survey-link");
        link.setReadOnly(true);
        link.setWidthFull();
        link.setHelperText(link.getTranslation("surveyview.link.help"));
        link.getElement().executeJs("return location.origin").then(String.class, origin -> link.setValue(origin + "/surveys/link/" + token));
        return link;
    }

    /** {@code committee}: the person sits on the survey's community's committee; {@code staff}: they serve that community. */
    SurveyCommitteeBar(SurveyDetails s, SurveyService surveys, boolean committee, boolean staff) {
        addClassName("gv-actions");
        setId("survey-actions");
        if (s.editable()) {
            RouterLink edit = new RouterLink(getTranslation("surveyview.action.edit"), SurveyEditorView.class, SurveyView.parameters(s.id()));
            edit.setId("survey-edit");
            add(edit);
        }
        if (s.linkToken() != null) {
            add(linkField(s.linkToken()));
        }
        if (s.status() != SurveyStatus.DRAFT && (committee || s.status() == SurveyStatus.CLOSED)) {
            RouterLink results = new RouterLink(getTranslation("surveyview.action.results"), SurveyResultsView.class,
                    SurveyView.parameters(s.id()));
            results.setId("survey-results-link");
            add(results);
        }
        if (staff && s.status() == SurveyStatus.OPEN) {
            RouterLink paper = new RouterLink(getTranslation("surveyview.action.paper"), PaperSurveyView.class, SurveyView.parameters(s.id()));
            paper.setId("survey-paper-link");
            add(paper);
        }
        if (committee && s.status() == SurveyStatus.OPEN) {
            Button close = new Button(getTranslation("surveyview.action.close-now"), e -> Confirm.ask(this,
                    "surveyview.close.title", "surveyview.close.text", "surveyview.action.close-now", () -> {
                        if (new FormErrors(this).attempt(() -> surveys.closeNow(s.id()))) {
                            Toasts.success(getTranslation("surveyview.closed"));
                            getUI().ifPresent(ui -> ui.getPage().reload());
                        }
                    }, s.title()));
            close.setId("survey-close-now");
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(close);
        }
        if (getChildren().findAny().isEmpty()) {
            setVisible(false);
        } else if (committee && s.status() == SurveyStatus.DRAFT) {
            addComponentAsFirst(new Paragraph(getTranslation("surveyview.preview.committee")));
        }
    }
}
