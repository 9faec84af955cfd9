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
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.Role;
import org.gridvoice.account.RoleService;
import org.gridvoice.account.StaffScope;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.shared.ui.RouteIds;
import org.gridvoice.shared.ui.Toasts;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.survey.SurveyAudience;
import org.gridvoice.survey.SurveyDetails;
import org.gridvoice.survey.SurveyService;
import org.gridvoice.survey.SurveyStatus;
import org.gridvoice.survey.web.SurveyBrowserKey;
import org.springframework.security.access.AccessDeniedException;

/**
 * A survey's page: what it asks and of whom, and the respondent's form. One response each, changeable until
 * the close (shown filled in with the earlier answers); an anonymous link survey counts one per browser and says
 * that this is weak. A draft is the committee's preview, marked as such, whose form cannot be sent. Why someone
 * cannot answer (not open yet, closed, not a resident of the scope, not signed in) is said in words.
 */
@Route("surveys/:id")
@RouteAlias("surveys/link/:token")
@AnonymousAllowed
public class SurveyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SurveyService surveys;
    private final CurrentUser currentUser;
    private final StaffScope staffScope;
    private final RoleService roles;
    private SurveyDetails survey;
    private String token;

    public SurveyView(SurveyService surveys, CurrentUser currentUser, StaffScope staffScope, RoleService roles) {
        this.surveys = surveys;
        this.staffScope = staffScope;
        this.roles = roles;
        this.currentUser = currentUser;
        addClassName("gv-page");
        setId("survey-page");
    }

    static RouteParameters parameters(Long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        survey = null;
        token = event.getRouteParameters().get("token").orElse(null);
        try {
            if (token != null) {
                survey = surveys.byLink(token).orElse(null);
            } else {
                Long id = RouteIds.id(event);
                survey = id == null ? null : surveys.details(id);
            }
        } catch (InvalidInput | AccessDeniedException notShown) {
            survey = null;
        }
        if (survey == null) {
            add(new H2(getTranslation("surveyview.not-found.title")), new Paragraph(getTranslation("surveyview.not-found.text")),
                    new Paragraph(new RouterLink(getTranslation("surveyview.back-to-list"), SurveysView.class)));
            return;
        }
        if (token != null && survey.audience() == SurveyAudience.LINK_ANONYMOUS && browserKey() == null) {
            // reached inside the app: load the page itself once, so that the browser's key is read or set
            event.getUI().getPage().setLocation("surveys/link/" + token);
            return;
        }
        build();
    }

    private void build() {
        Optional<SignedInUser> user = currentUser.get();
        if (survey.status() == SurveyStatus.DRAFT) {
            Paragraph preview = new Paragraph(getTranslation("surveyview.preview.banner"));
            preview.setId("survey-preview-banner");
            preview.addClassName("gv-survey-preview");
            add(preview);
        }
        add(new SurveyFacts(survey));
        boolean committee = user.isPresent() && user.get().has(Role.COMMITTEE)
                && roles.committeeCommunities(user.get().id()).contains(survey.communityId());
        boolean staff = user.isPresent() && staffScope.serves(user.get().id(), survey.communityId());
        add(new SurveyCommitteeBar(survey, surveys, committee, staff));
        Div answer = new Div();
        answer.setId("survey-answer");
        add(answer);
        fillAnswer(answer, user);
    }

    private void fillAnswer(Div area, Optional<SignedInUser> user) {
        ResponseInputs inputs = new ResponseInputs(survey);
        if (survey.status() == SurveyStatus.DRAFT) {
            Button send = new Button(getTranslation("surveyview.respond.submit"));
            send.setEnabled(false);
            send.setTooltipText(getTranslation("surveyview.preview.no-submit"));
            area.add(inputs, actions(send));
            return;
        }
        boolean anonymous = survey.audience() == SurveyAudience.LINK_ANONYMOUS;
        if (anonymous && token != null && surveys.answeredAnonymously(token, browserKey())) {
            area.add(state("surveyview.respond.answered-here"));
            return;
        }
        if (!survey.canRespond()) {
            if (user.isEmpty() && !anonymous && survey.status() == SurveyStatus.OPEN) {
                Paragraph signIn = state("surveyview.respond.sign-in");
                signIn.add(new com.vaadin.flow.component.Text(" "), new Anchor("login", getTranslation("surveyview.respond.sign-in.link")));
                area.add(signIn);
            } else {
                area.add(state(survey.respondRefusal() != null ? survey.respondRefusal() : "surveyview.respond.unavailable"));
            }
            // what it asks, for everyone to read, but not to send
            inputs.setReadOnly(true);
            area.add(inputs);
            return;
        }
        boolean earlier = false;
        if (!anonymous && user.isPresent()) {
            var mine = surveys.myResponse(survey.id());
            if (mine.isPresent()) {
                inputs.fill(mine.get());
                earlier = true;
            }
        }
        Paragraph rule = new Paragraph(getTranslation(anonymous ? "surveyview.respond.rule.anonymous"
                : earlier ? "surveyview.respond.rule.change" : "surveyview.respond.rule.once"));
        rule.setId("survey-respond-rule");
        Button send = new Button(getTranslation(earlier ? "surveyview.respond.change" : "surveyview.respond.submit"));
        send.setId("survey-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> submit(inputs, area, anonymous));
        area.add(rule, inputs, actions(send));
    }

    private void submit(ResponseInputs inputs, Div area, boolean anonymous) {
        if (!inputs.requiredAnswered()) {
            Toasts.error(getTranslation("surveyview.error.missing"));
            return;
        }
        var form = inputs.form();
        boolean ok = inputs.attempt(() -> {
            if (anonymous) {
                surveys.respondAnonymously(token, browserKey(), form);
            } else {
                surveys.respond(survey.id(), token, form);
            }
        });
        if (ok) {
            Toasts.success(getTranslation("surveyview.respond.thanks"));
            area.removeAll();
            Paragraph thanks = state(anonymous ? "surveyview.respond.thanks.anonymous" : "surveyview.respond.thanks.change");
            thanks.setId("survey-thanks");
            area.add(thanks);
        }
    }

    private Paragraph state(String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.setId("survey-state");
        p.addClassName("gv-survey-state");
        return p;
    }

    private static Div actions(Button... buttons) {
        Div actions = new Div(buttons);
        actions.addClassName("gv-actions");
        return actions;
    }

    private static String browserKey() {
        VaadinSession session = VaadinSession.getCurrent();
        Object key = session == null ? null : session.getSession().getAttribute(SurveyBrowserKey.SESSION_ATTRIBUTE);
        return key instanceof String s ? s : null;
    }

    @Override
    public String getPageTitle() {
        return survey == null ? getTranslation("surveyview.not-found.title") : survey.title();
    }
}
