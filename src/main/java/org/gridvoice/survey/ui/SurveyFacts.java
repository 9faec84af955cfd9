package org.gridvoice.survey.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.gridvoice.shared.ui.Dates;
import org.gridvoice.survey.SurveyAudience;
import org.gridvoice.survey.SurveyDetails;

/**
 * The head of a survey's page: its title and status, who may answer and how often, its dates, whether its
 * results will be published, and its description (Markdown rendered and sanitised by the service).
 */
final class SurveyFacts extends Div {

    SurveyFacts(SurveyDetails s) {
        addClassName("gv-survey-facts");
        H2 title = new H2(s.title());
        title.setId("survey-title");
        UnorderedList facts = new UnorderedList();
        facts.addClassName("gv-survey-fact-list");
        facts.add(new ListItem(SurveyTexts.statusBadge(this, s.status())));
        String scope = s.gridNames() == null || s.gridNames().isEmpty() ? s.communityName()
                : getTranslation("surveyview.facts.grids", s.communityName(), String.join("、", s.gridNames()));
        facts.add(new ListItem(getTranslation("surveyview.facts.scope", scope)));
        facts.add(new ListItem(getTranslation("surveyview.facts.dates", Dates.format(s.opensAt(), getLocale()),
                Dates.format(s.closesAt(), getLocale()))));
        facts.add(new ListItem(getTranslation("surveyview.facts.audience." + s.audience().name())));
        ListItem published = new ListItem(getTranslation(s.publishResults() ? "surveyview.facts.published" : "surveyview.facts.not-published"));
        published.setId("survey-publish-note");
        facts.add(published);
        facts.add(new ListItem(getTranslation("surveyview.facts.responses", s.responses())));
        add(title, facts);
        if (s.audience() == SurveyAudience.LINK_ANONYMOUS) {
            Paragraph weak = new Paragraph(getTranslation("surveyview.anonymous.weak"));
            weak.setId("survey-weak-note");
            weak.addClassName("gv-survey-note");
            add(weak);
        }
        if (s.descriptionHtml() != null && !s.descriptionHtml().isBlank()) {
            Html description = new Html("<div>" + s.descriptionHtml() + "</div>");
            add(description);
        }
    }
}
