package org.gridvoice.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.gridvoice.survey.SurveyAudience;
import org.gridvoice.survey.SurveyStatus;

/** The words of a survey's status and audience, shared by the list, the page and the editor. */
final class SurveyTexts {

    private SurveyTexts() {
    }

    static String status(Component owner, SurveyStatus status) {
        return owner.getTranslation("surveyview.status." + status.name());
    }

    static String audience(Component owner, SurveyAudience audience) {
        return owner.getTranslation("surveyview.audience." + audience.name());
    }

    static Span statusBadge(Component owner, SurveyStatus status) {
        Span badge = new Span(status(owner, status));
        badge.getElement().getThemeList().add(switch (status) {
            case OPEN -> "badge success";
            case UPCOMING -> "badge";
            case CLOSED -> "badge contrast";
            case DRAFT -> "badge warning";
        });
        return badge;
    }
}
