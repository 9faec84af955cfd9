package org.gridvoice.survey.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.Role;
import org.gridvoice.account.RoleService;
import org.gridvoice.shared.ui.RouteIds;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.survey.QuestionResult;
import org.gridvoice.survey.ResponseChannel;
import org.gridvoice.survey.SurveyDetails;
import org.gridvoice.survey.SurveyResults;
import org.gridvoice.survey.SurveyService;
import org.gridvoice.survey.SurveyStatus;
import org.springframework.security.access.AccessDeniedException;

/**
 * A survey's results: responses in all and by channel, then per question a chart with its table beside it,
 * free text as the committee has moderated it, and the CSV of every response without identities. The committee
 * reads them always; everyone else once the survey is closed, when it publishes them; otherwise the page says why not.
 */
@Route("surveys/:id/results")
@AnonymousAllowed
public class SurveyResultsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SurveyService surveys;
    private final CurrentUser currentUser;
    private final RoleService roles;
    private String title;

    public SurveyResultsView(SurveyService surveys, CurrentUser currentUser, RoleService roles) {
        this.surveys = surveys;
        this.currentUser = currentUser;
        this.roles = roles;
        addClassName("gv-page");
        setId("survey-results");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        title = null;
        Long id = RouteIds.id(event);
        SurveyDetails details = null;
        Optional<SurveyResults> results = Optional.empty();
        try {
            details = id == null ? null : surveys.details(id);
            results = details == null ? Optional.empty() : surveys.results(id);
        } catch (InvalidInput | AccessDeniedException notShown) {
            details = null;
        }
        if (details == null) {
            add(new H2(getTranslation("surveyview.not-found.title")), new Paragraph(getTranslation("surveyview.not-found.text")),
                    new Paragraph(new RouterLink(getTranslation("surveyview.back-to-list"), SurveysView.class)));
            return;
        }
        title = getTranslation("surveyview.results.title", details.title());
        // in a paragraph, where links are underlined: not told apart by colour alone
        add(new H2(title), new Paragraph(new RouterLink(getTranslation("surveyview.results.back"), SurveyView.class, SurveyView.parameters(id))));
        if (results.isEmpty()) {
            Paragraph why = new Paragraph(getTranslation(!details.publishResults() ? "surveyview.results.private"
                    : details.status() == SurveyStatus.CLOSED ? "surveyview.results.unavailable" : "surveyview.results.after-close"));
            why.setId("survey-results-why");
            add(why);
            return;
        }
        SurveyResults r = results.get();
        Long communityId = details.communityId();
        boolean committee = currentUser.get().filter(u -> u.has(Role.COMMITTEE))
                .map(u -> roles.committeeCommunities(u.id()).contains(communityId)).orElse(false);
        Paragraph visibility = new Paragraph(getTranslation(r.published() ? "surveyview.results.public"
                : details.publishResults() ? "surveyview.results.committee-until-close" : "surveyview.results.committee-only"));
        visibility.setId("survey-results-visibility");
        Paragraph total = new Paragraph(getTranslation("surveyview.results.responses", r.responses()));
        total.setId("survey-results-total");
        add(visibility, total);
        if (r.responses() == 0) {
            Paragraph empty = new Paragraph(getTranslation("surveyview.results.empty"));
            empty.setId("survey-results-empty");
            add(empty);
            return;
        }
        List<List<String>> channels = new ArrayList<>();
        for (ResponseChannel channel : ResponseChannel.values()) {
            channels.add(List.of(getTranslation("surveyview.channel." + channel.name()), String.valueOf(r.byChannel().getOrDefault(channel, 0))));
        }
        add(new FigureTable("survey-results-channels", getTranslation("surveyview.results.channels"),
                List.of(getTranslation("surveyview.results.channel"), getTranslation("surveyview.results.count")), channels));
        Anchor csv = new Anchor("surveys/" + id + "/responses.csv?lang=" + getLocale().toLanguageTag(), getTranslation("surveyview.results.csv"));
        csv.setId("survey-results-csv");
        csv.setRouterIgnore(true);
        csv.getElement().setAttribute("download", true);
        add(csv, new Paragraph(getTranslation(committee ? "surveyview.results.csv.committee" : "surveyview.results.csv.public")));
        for (QuestionResult q : r.questions()) {
            add(new QuestionResultPanel(q, surveys, committee, getLocale()));
        }
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("surveyview.not-found.title") : title;
    }
}
