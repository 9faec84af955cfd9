package org.gridvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridvoice.casework.CaseRoutingService;
import org.gridvoice.casework.RouteForm;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.gridvoice.voting.ResultVisibility;
import org.gridvoice.voting.VotingFixture;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.voting.VotingRulesForm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * axe-core on every route: public ones signed out, each role's own ones signed in as that role,
 * in Chinese at 1280 px and in English at 375 px. No serious or critical violation may remain; a
 * failure lists each one with its route, language, width, rule, impact and element.
 * One browser per role: it switches language with the app's own picker and resizes its window.
 */
@GridVoiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTest {

    private static final String DEMO_PASSWORD = "gridvoice-demo";
    private static final int[] WIDTHS = {1280, 375};
    private static final Path REPORT = Path.of("target", "axe-violations.txt");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired VotingFixture fixture;
    @Autowired CaseRoutingService routing;
    @Autowired JourneyAccounts accounts;
    @Autowired org.gridvoice.meeting.MeetingFixture meetings;

    private long proposalsPhase;
    private long votingPhase;
    private long demoProposal;
    private long resultConsultation;
    private long acceptedProposal;
    private long routedCase;
    private long meeting;

    @BeforeAll
    void demoDataAndAClosedVoteWithACase() throws Exception {
        Browser.requireChromium();
        List<Long> demo = jdbc.sql("SELECT id FROM consultation ORDER BY id LIMIT 2").query(Long.class).list();
        proposalsPhase = demo.get(0);
        votingPhase = demo.get(1);
        demoProposal = jdbc.sql("SELECT MIN(id) FROM proposal WHERE consultation_id = :c").param("c", votingPhase)
                .query(Long.class).single();
        fixture.threeProposalsOnTheBallot("无障碍检查");
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        fixture.vote(0, Map.of(fixture.a, 1, fixture.b, -1));
        fixture.vote(1, Map.of(fixture.a, 1, fixture.c, 0));
        fixture.closeEarly();
        resultConsultation = fixture.consultation;
        acceptedProposal = fixture.a;
        People.actAs(fixture.committee);
        routedCase = routing.route(acceptedProposal, new RouteForm("请尽快处理"));
        People.signOut();
        meeting = meetings.demoMeeting(People.COMMUNITY_XINGFULI);
        Files.createDirectories(REPORT.getParent());
        Files.deleteIfExists(REPORT);
    }

    /** The language picker changes a demo account's remembered language: give the other tests theirs back. */
    @AfterAll
    void demoAccountsKeepTheirLanguage() {
        LanguagePicker.demoAccountsBackToChinese(jdbc);
    }

    /** The demo's residents' initiative of 幸福里社区 (collecting signatures). */
    private long demoInitiative() {
        return jdbc.sql("SELECT MIN(id) FROM initiative").query(Long.class).single();
    }

    /** The case a demo resident's request became (filed with a photo-less point, shown publicly by name). */
    private long demoRequestCase() {
        return jdbc.sql("SELECT MIN(case_id) FROM request").query(Long.class).single();
    }

    /** A demo resident's request, on its own public page. */
    private long demoRequest() {
        return jdbc.sql("SELECT MIN(id) FROM request").query(Long.class).single();
    }

    /** The demo's residents' meeting (published, upcoming). */
    private long demoMeeting() {
        return jdbc.sql("SELECT MIN(id) FROM meeting").query(Long.class).single();
    }

    @Test
    void public_pages_have_no_serious_violations_for_visitors() throws Exception {
        check(null, List.of("", "account-deleted", "consultations", "consultations/" + proposalsPhase, "consultations/" + proposalsPhase + "/proposals",
                "consultations/" + votingPhase, "proposals/" + demoProposal, "proposals/" + acceptedProposal,
                "consultations/" + resultConsultation + "/voting", "cases", "cases/" + routedCase, "responsibilities", "scorecards",
                "moderation-log", "requests", "cases/" + demoRequestCase(), "login", "register", "forgot-password", "resend-confirmation", "reset-password?token=unknown", "no-such-page",
                "confirm-email?token=unknown", "unsubscribe?token=unknown", "attest", "meetings", "meetings/" + demoMeeting(),
                "initiatives", "initiatives/" + demoInitiative(), "insight", "insight/requests/" + demoRequest()));
    }

    @Test
    void charts_are_described_images_and_their_figures_stay_in_a_table() {
        try (Browser browser = new Browser(port, "en")) {
            for (String route : List.of("consultations/" + resultConsultation + "/voting", "scorecards", "insight?community=" + People.COMMUNITY_XINGFULI)) {
                browser.open(route);
                browser.waitFor(org.openqa.selenium.By.cssSelector(".gv-chart"));
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> charts = (List<Map<String, Object>>) browser.js("""
                        return Array.from(document.querySelectorAll('.gv-chart')).map(c => ({role: c.getAttribute('role'),
                            label: c.getAttribute('aria-label') || ''}));""");
                assertThat(charts).as(route).isNotEmpty().allSatisfy(chart -> {
                    assertThat(chart.get("role")).isEqualTo("img");
                    assertThat((String) chart.get("label")).isNotBlank();
                });
                assertThat((Long) browser.js("return document.querySelectorAll('main table tbody tr').length"))
                        .as(route + ": the figures are in a table").isPositive();
            }
        }
    }

    @Test
    void a_resident_awaiting_verification_meets_no_serious_violations() throws Exception {
        String pending = accounts.account("axe-pending" + System.nanoTime(), "Pending Pan");
        jdbc.sql("""
                INSERT INTO account_residency (user_id, community_id, grid_id, building, unit, room, status, requested_at)
                SELECT u.id, g.community_id, g.id, '2号楼', '1单元', '201', 'PENDING', NOW()
                FROM account_user u, place_grid g WHERE u.email = :e AND g.id = 1""").param("e", pending).update();
        check(pending, JourneyAccounts.PASSWORD, List.of("", "residency", "profile", "notifications"));
    }

    @Test
    void a_verified_resident_meets_no_serious_violations() throws Exception {
        check("resident02@gridvoice.demo", List.of("", "residency", "notifications", "my-activity", "profile",
                "consultations/" + proposalsPhase + "/proposals/editor", "consultations/" + votingPhase + "/voting",
                "proposals/" + demoProposal, "flag/proposal/" + demoProposal, "follow/consultation/" + proposalsPhase, "requests/new", "me/data",
                "meetings/" + demoMeeting(), "initiatives/new", "initiatives/" + demoInitiative()));
    }

    @Test
    void the_committee_meets_no_serious_violations() throws Exception {
        check("committee@gridvoice.demo", List.of("", "committee/verifications", "committee/moderation", "consultations/editor",
                "consultations/editor/" + proposalsPhase, "consultations/" + proposalsPhase, "consultations/" + resultConsultation + "/voting",
                "consultations/" + resultConsultation + "/cases", "consultations/" + votingPhase + "/voting/paper",
                "staff/entries", "staff/entries/new", "staff/residents/new", "meetings", "meetings/editor",
                "meetings/editor/" + demoMeeting(), "meetings/" + demoMeeting(), "meetings/roll",
                "meetings/" + meeting + "/desk", "initiatives/" + demoInitiative(), "insight"));
    }

    @Test
    void a_grid_officer_meets_no_serious_violations() throws Exception {
        check("officer@gridvoice.demo", List.of("", "office/cases", "office", "cases/" + routedCase));
    }

    @Test
    void an_office_lead_meets_no_serious_violations() throws Exception {
        check("lead@gridvoice.demo", List.of("", "office/cases", "office", "cases/" + routedCase));
    }

    @Test
    void the_street_coordinator_meets_no_serious_violations() throws Exception {
        check("coordinator@gridvoice.demo", List.of("", "office/cases", "office", "cases/" + routedCase));
    }

    @Test
    void an_administrator_meets_no_serious_violations() throws Exception {
        check("admin@gridvoice.demo", List.of("", "admin/places", "admin/offices", "admin/categories", "admin/accounts", "admin/audit", "admin/open311",
                "responsibilities", "admin/data-access", "admin/sms"));
    }

    private void check(String demoEmail, List<String> routes) throws Exception {
        check(demoEmail, DEMO_PASSWORD, routes);
    }

    private void check(String email, String password, List<String> routes) throws Exception {
        List<String> violations = new ArrayList<>();
        String who = email == null ? "visitor" : email;
        try (Browser browser = new Browser(port, "zh-CN")) {
            if (email != null) {
                browser.signIn(email, password);
            }
            // every route in both languages and at both widths, not every pairing: Chinese on the desktop,
            // English (whose longer words are what break a narrow layout) on the phone
            for (String language : List.of("zh-CN", "en")) {
                int width = language.equals("zh-CN") ? WIDTHS[0] : WIDTHS[1];
                browser.open(""); // first: resizing waits for the app, which a fresh browser has not loaded yet
                browser.width(WIDTHS[0]); // the picker is in the header, not in a phone's drawer
                LanguagePicker.use(browser, language);
                browser.width(width);
                for (String route : routes) {
                    if (!System.getProperty("axe.routes", route).equals(route)) {
                        continue; // while fixing: -Daxe.routes=one/route checks just that one
                    }
                    browser.navigate(route); // as a click on a link does: no reload of the app for every route
                    violations.addAll(Axe.violations(browser, "%s /%s [%s, %d px]".formatted(who, route, language, width)));
                }
            }
        }
        if (!violations.isEmpty()) {
            Files.write(REPORT, violations, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        assertThat(violations).as("serious or critical axe-core violations (also in %s)", REPORT).isEmpty();
    }
}
