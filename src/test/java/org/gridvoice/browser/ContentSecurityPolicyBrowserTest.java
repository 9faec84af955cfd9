package org.gridvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridvoice.casework.CaseRoutingService;
import org.gridvoice.casework.RouteForm;
import org.gridvoice.support.People;
import org.gridvoice.voting.ResultVisibility;
import org.gridvoice.voting.VotingFixture;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.voting.VotingRulesForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.gridvoice.support.GridVoiceTest;

/**
 * Every main screen, the result chart and the scorecards chart work under the Content-Security-Policy:
 * the browser reports no violation, neither to a listener installed before any page script runs nor
 * in its console.
 */
@GridVoiceTest
class ContentSecurityPolicyBrowserTest {

    private static final String DEMO_PASSWORD = "gridvoice-demo";

    /** Runs before every document's own scripts and keeps violations across page loads. */
    private static final String LISTENER = """
            document.addEventListener('securitypolicyviolation', e => {
              const seen = JSON.parse(localStorage.getItem('gv-csp') || '[]');
              seen.push(location.pathname + ': ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')
                  + ' (' + (e.sourceFile || '') + ':' + e.lineNumber + ') ' + (e.sample || ''));
              localStorage.setItem('gv-csp', JSON.stringify(seen));
            });
            """;

    @LocalServerPort int port;
    @Autowired VotingFixture fixture;
    @Autowired CaseRoutingService routing;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired org.gridvoice.meeting.MeetingFixture meetings;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    private static Browser watched(int port, String language) {
        Browser browser = new Browser(port, language);
        browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", LISTENER));
        return browser;
    }

    private static void visit(Browser browser, List<String> violations, String... paths) {
        for (String path : paths) {
            browser.open(path);
            browser.js("return new Promise(r => setTimeout(r, 300))");
        }
        Object seen = browser.js("const v = localStorage.getItem('gv-csp') || '[]'; localStorage.removeItem('gv-csp'); return v;");
        if (!"[]".equals(seen)) {
            violations.add(String.valueOf(seen));
        }
        browser.driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getMessage().contains("Content Security Policy") || entry.getMessage().contains("Refused to"))
                .forEach(entry -> violations.add(entry.getMessage()));
    }

    @Test
    void no_screen_violates_the_content_security_policy_for_visitors_or_the_committee() throws Exception {
        fixture.threeProposalsOnTheBallot("内容安全策略");
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        fixture.vote(0, Map.of(fixture.a, 1, fixture.b, -1));
        fixture.vote(1, Map.of(fixture.a, 1));
        fixture.closeEarly();
        // a case at 幸福里网格站 (the office the scorecards page shows first), so that its chart is drawn
        routing.route(fixture.a, new RouteForm(null));
        People.signOut();
        Long consultation = fixture.consultation;
        List<String> violations = new ArrayList<>();

        try (Browser visitor = watched(port, "zh-CN"); Browser committee = watched(port, "en")) {
            visit(visitor, violations, "", "consultations", "consultations/" + consultation,
                    "consultations/" + consultation + "/proposals", "proposals/" + fixture.a, "responsibilities",
                    "moderation-log", "register", "forgot-password", "login", "meetings",
                    "meetings/" + jdbc.sql("SELECT MIN(id) FROM meeting").query(Long.class).single(), "initiatives");
            visitor.open("consultations/" + consultation + "/voting");
            visitor.until(d -> Boolean.TRUE.equals(visitor.js("return !!document.querySelector('#result-chart svg')")));
            visitor.screenshot("csp-result-chart-zh");
            assertThat((String) visitor.js("return fetch(location.href).then(r => r.headers.get('Content-Security-Policy'))"))
                    .as("the policy is on for the pages checked").contains("default-src 'self'");
            visitor.open("scorecards");
            visitor.until(d -> Boolean.TRUE.equals(visitor.js("return !!document.querySelector('#scorecard-offices, main p')")));
            if (Boolean.TRUE.equals(visitor.js("return !!document.querySelector('#scorecard-chart')"))) {
                visitor.until(d -> Boolean.TRUE.equals(visitor.js("return !!document.querySelector('#scorecard-chart svg')")));
            }
            visitor.screenshot("csp-scorecards-zh");
            visit(visitor, violations);

            committee.signIn("committee@gridvoice.demo", DEMO_PASSWORD);
            visit(committee, violations, "", "consultations", "consultations/editor", "consultations/" + consultation,
                    "consultations/" + consultation + "/voting", "consultations/" + consultation + "/cases",
                    "committee/verifications", "committee/moderation", "notifications", "profile", "me/data", "residency",
                    "scorecards", "responsibilities", "proposals/" + fixture.a, "requests", "requests/new",
                    "cases/" + jdbc.sql("SELECT MIN(case_id) FROM request").query(Long.class).single(),
                    // the paper ballot desk: of the demo vote in progress, and of this closed one
                    "consultations/" + jdbc.sql("SELECT id FROM consultation ORDER BY id LIMIT 2").query(Long.class).list().get(1) + "/voting/paper",
                    "consultations/" + consultation + "/voting/paper",
                    "staff/entries", "staff/entries/new", "staff/residents/new", "attest", "meetings", "meetings/editor", "meetings/roll",
                    "meetings/" + jdbc.sql("SELECT MIN(id) FROM meeting").query(Long.class).single(),
                    "meetings/" + meetings.demoMeeting(People.COMMUNITY_XINGFULI) + "/desk",
                    "initiatives", "initiatives/new", "initiatives/" + jdbc.sql("SELECT MIN(id) FROM initiative").query(Long.class).single());
            committee.open("consultations/" + consultation + "/voting");
            committee.until(d -> Boolean.TRUE.equals(committee.js("return !!document.querySelector('#result-chart svg')")));
            committee.screenshot("csp-result-chart-committee-en");
            visit(committee, violations);
        }
        assertThat(violations).as("Content-Security-Policy violations").isEmpty();
    }
}
