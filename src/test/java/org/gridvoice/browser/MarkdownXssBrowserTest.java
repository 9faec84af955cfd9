package org.gridvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Set;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.proposal.ProposalForm;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The worst Markdown payloads, posted as a real proposal and opened in Chromium: no script may run. */
@GridVoiceTest
class MarkdownXssBrowserTest {

    private static final String WORST = """
            Plain words, then the attacks:

            <script>window.__xss = 'script'</script>
            <img src=x onerror="window.__xss = 'img'">
            <svg onload="window.__xss = 'svg'"></svg>
            <iframe srcdoc="<script>parent.__xss = 'iframe'</script>"></iframe>
            <details open ontoggle="window.__xss = 'details'">x</details>
            <a href="javascript:window.__xss = 'href'">raw link</a>

            [markdown link](javascript:window.__xss='md')
            [encoded link](&#106;avascript:window.__xss='encoded')
            ![image](javascript:window.__xss='image')
            <javascript:window.__xss='autolink'>

            | a | b |
            |---|---|
            | <img src=x onerror="window.__xss='table'"> | [cell](javascript:window.__xss='cell') |
            """;

    @LocalServerPort int port;
    @Autowired ConsultationService consultations;
    @Autowired ProposalService proposals;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void the_worst_payloads_on_a_proposal_page_run_no_script_even_when_their_links_are_clicked() throws Exception {
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        People.actAs(people.committeeOf(People.COMMUNITY_XINGFULI));
        LocalDateTime open = LocalDateTime.now().minusHours(1);
        Long consultation = consultations.create(new ConsultationForm(People.COMMUNITY_XINGFULI, "安全测试" + System.nanoTime(), WORST,
                true, Set.of(), Set.of(environment), open, open.plusDays(14), open.plusDays(21), open.plusDays(28), 3));
        consultations.publish(consultation);
        People.actAs(people.verifiedResidentOf(1L));
        Long proposal = proposals.create(new ProposalForm(consultation, "看似普通的提案", WORST, environment, null, null));
        People.signOut();

        try (Browser browser = new Browser(port, "en")) {
            for (String page : new String[] {"proposals/" + proposal, "consultations/" + consultation}) {
                browser.open(page);
                browser.waitForText("main", "Plain words, then the attacks");
                for (var link : browser.driver.findElements(By.cssSelector("main a[rel~='ugc']"))) {
                    link.click();
                }
                browser.screenshot("xss-" + page.replace('/', '-'));
                assertThat(browser.js("return window.__xss === undefined ? 'none' : window.__xss")).as(page).isEqualTo("none");
                assertThat(browser.js("return document.querySelectorAll('main script, main iframe, main svg, main [onerror]').length"))
                        .as(page).isEqualTo(0L);
                try {
                    browser.driver.switchTo().alert();
                    throw new AssertionError("an alert opened on " + page);
                } catch (NoAlertPresentException expected) {
                    // nothing ran
                }
            }
        }
    }
}
