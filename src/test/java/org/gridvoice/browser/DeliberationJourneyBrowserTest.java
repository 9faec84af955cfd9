package org.gridvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole deliberation of one consultation in a real Chromium, in English, residents on a phone:
 * the committee opens and publishes a consultation for two grids, a resident of one grid proposes,
 * a resident of the other endorses and argues for it, a resident of a third grid may only read,
 * three readers report the comment until it is hidden, and the committee restores it with a public reason.
 */
@GridVoiceTest
class DeliberationJourneyBrowserTest {

    private static final String PASSWORD = JourneyAccounts.PASSWORD;
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");



    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired JourneyAccounts accounts;
    @Autowired Clock clock;

    private Browser browser;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @Test
    void a_consultation_is_opened_proposed_to_endorsed_argued_reported_and_restored() throws Exception {
        String run = String.valueOf(System.nanoTime());
        String committee = accounts.account("committee" + run, "Committee Wang");
        accounts.grant(committee, "COMMITTEE", People.COMMUNITY_XINGFULI);
        String author = accounts.account("author" + run, "Author Li");
        accounts.resideIn(author, 1L);
        String endorser = accounts.account("endorser" + run, "Endorser Zhao");
        accounts.resideIn(endorser, 2L);
        String outsider = accounts.account("outsider" + run, "Outsider Sun");
        accounts.resideIn(outsider, 3L);
        List<String> reporters = List.of(accounts.account("reporter1-" + run, "Reporter One"), accounts.account("reporter2-" + run, "Reporter Two"),
                accounts.account("reporter3-" + run, "Reporter Three"));
        // only verified residents of the community (and its staff) may report
        reporters.forEach(reporter -> accounts.resideIn(reporter, 1L));

        String consultationTitle = "Cleaner courtyards " + run;
        String proposalTitle = "More recycling bins at the east gate " + run;
        String commentText = "Agreed: three bins would end the overflow at the east gate.";
        String restoreReason = "The comment is on topic and polite " + run;

        try (Browser b = new Browser(port, "en")) {
            browser = b;

            // 1. The committee member writes the consultation in the editor and publishes it from its page.
            browser.signIn(committee, PASSWORD);
            browser.open("consultations/editor");
            browser.waitForText("main h2", "New consultation");
            browser.type(browser.field("vaadin-text-field", "Title"), consultationTitle);
            browser.type(browser.field("vaadin-text-area", "Description"), """
                    Where do the courtyards need more care?

                    | Courtyard | Problem |
                    |---|---|
                    | East | Bins overflow |
                    """);
            browser.clickRadio("Chosen grids");
            WebElement grids = browser.field("vaadin-multi-select-combo-box", "Grids");
            browser.until(d -> Boolean.TRUE.equals(browser.js("return !arguments[0].disabled", grids)));
            browser.choose(grids, "vaadin-multi-select-combo-box-item", "第一网格", "第二网格");
            browser.choose(browser.field("vaadin-multi-select-combo-box", "Categories"), "vaadin-multi-select-combo-box-item", "Environment and sanitation");
            browser.until(d -> Long.valueOf(2).equals(browser.js("return arguments[0].selectedItems.length", grids)));
            String yesterday = LocalDateTime.now(clock).minusDays(1).truncatedTo(ChronoUnit.HOURS).format(PICKER);
            WebElement opens = browser.field("vaadin-date-time-picker", "Proposals open");
            browser.js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new CustomEvent('change', {bubbles: true}));",
                    opens, yesterday);
            browser.until(d -> yesterday.equals(browser.js("return arguments[0].value", opens)));
            browser.screenshot("journey-01-consultation-editor-1280");
            browser.click(browser.byText("vaadin-button", "Save"));
            browser.waitForText("vaadin-notification-card", "Draft saved");
            browser.until(d -> d.getCurrentUrl().matches(".*/consultations/\\d+$"));
            long consultation = idIn(browser.driver.getCurrentUrl(), "consultations");
            browser.waitForText("main p", "Who takes part: 幸福里社区, grids 第一网格, 第二网格");
            browser.waitForText("main p", "Categories: Environment and sanitation");
            browser.click(browser.byText("vaadin-button", "Publish"));
            WebElement confirm = browser.byText("vaadin-button[slot='confirm-button']", "Publish");
            String question = "Publish “" + consultationTitle + "”?";
            browser.until(d -> question.equals(browser.js("return document.querySelector('vaadin-confirm-dialog[opened]')?.getAttribute('aria-label')")));
            browser.screenshot("journey-02-publish-confirm-1280");
            browser.click(confirm);
            browser.waitForText("vaadin-notification-card", "Published. Residents can see the consultation now.");
            browser.waitForText("main a", "Proposals of this consultation");
            assertThat(browser.shown("main vaadin-button", "Publish")).as("a published consultation has no Publish button").isFalse();
            browser.screenshot("journey-03-consultation-published-1280");

            // 2. A verified resident of the first grid proposes, on a phone, with a Markdown table and a link.
            browser.signOut();
            browser.signIn(author, PASSWORD);
            browser.width(375);
            browser.open("consultations/" + consultation + "/proposals");
            browser.click(browser.byText("vaadin-button", "New proposal"));
            browser.waitForText("main h2", "New proposal");
            browser.type(browser.field("vaadin-text-field", "Title"), proposalTitle);
            browser.type(browser.field("vaadin-text-area", "Proposal"), """
                    The bins at the east gate overflow every weekend.

                    | Place | Bins now | Bins asked |
                    |---|---|---|
                    | East gate | 1 | 3 |

                    See the [sorting guidelines](https://example.org) for sizes.
                    """);
            browser.screenshot("journey-04-proposal-editor-375");
            browser.click(browser.byText("vaadin-button", "Post the proposal"));
            browser.waitForText("vaadin-notification-card", "Your proposal is posted.");
            browser.until(d -> d.getCurrentUrl().matches(".*/proposals/\\d+$"));
            long proposal = idIn(browser.driver.getCurrentUrl(), "proposals");
            browser.waitForText("main h2", proposalTitle);
            browser.waitForText("main .gv-card table td", "East gate");
            WebElement link = browser.waitFor(By.cssSelector("main .gv-card a[href^='https://example.org']"));
            assertThat(link.getText()).isEqualTo("sorting guidelines");
            assertThat(link.getDomAttribute("rel")).contains("ugc");
            browser.screenshot("journey-05-proposal-posted-375");

            // 3. A verified resident of the second grid endorses it and argues for it.
            browser.signOut();
            browser.signIn(endorser, PASSWORD);
            browser.open("proposals/" + proposal);
            browser.waitForText("main", "0 / 5 endorsements");
            browser.click(browser.byText("vaadin-button", "Endorse"));
            browser.waitForText("vaadin-notification-card", "You endorsed this proposal.");
            browser.waitForText("main", "1 / 5 endorsements");
            browser.type(browser.field("vaadin-text-area", "Your comment"), commentText);
            browser.clickRadio("In favour");
            browser.click(browser.byText("vaadin-button", "Post comment"));
            browser.waitForText("vaadin-notification-card", "Your comment is posted.");
            browser.waitForText(".gv-comment-body", commentText);
            browser.waitForText(".gv-comments span", "In favour: 1");
            browser.waitForText(".gv-comment span", "In favour");
            browser.screenshot("journey-06-endorsed-and-commented-375");
            // the author's own comment: no up-vote for oneself; Reply, Edit and Delete reachable by keyboard
            WebElement ownUpvote = browser.waitFor(By.cssSelector(".gv-comment-actions button[data-action='upvote']"));
            assertThat(ownUpvote.getDomAttribute("disabled")).isNotNull();
            browser.until(d -> !browser.shown("vaadin-notification-card", "Your comment is posted."));
            browser.js("const b = document.querySelector(\".gv-comment-actions button[data-action='reply']\");"
                    + " b.scrollIntoView({block: 'center'}); b.focus();");
            browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
            assertThat(browser.driver.switchTo().activeElement().getDomAttribute("data-action")).isEqualTo("edit");
            browser.screenshot("journey-06b-own-comment-keyboard-375");

            // 4. A verified resident of the third grid may read, but neither endorse nor propose.
            browser.signOut();
            browser.signIn(outsider, PASSWORD);
            browser.open("proposals/" + proposal);
            browser.waitForText("main h2", proposalTitle);
            browser.waitForText("main .gv-card table td", "East gate");
            browser.waitForText("#proposal-endorse-note", "Only verified residents of the grids this consultation covers may propose and endorse.");
            WebElement endorse = browser.byText("vaadin-button", "Endorse");
            assertThat(endorse.getDomAttribute("disabled")).as("Endorse is disabled for a resident of another grid").isNotNull();
            browser.screenshot("journey-07-outsider-reads-375");
            browser.open("consultations/" + consultation + "/proposals");
            browser.waitForText("main p", "Only verified residents of the grids this consultation covers may propose and endorse.");
            browser.waitForText("vaadin-grid-cell-content", proposalTitle);
            assertThat(browser.shown("vaadin-button", "New proposal")).as("no New proposal button outside the grids").isFalse();
            browser.screenshot("journey-08-outsider-list-375");
            // header cells are in a smaller font than body cells: a width in em would size each column twice, apart
            String[] columnLefts = String.valueOf(browser.js("""
                    const g = document.querySelector('vaadin-grid');
                    const lefts = (cells) => Array.from(cells).map(c => Math.round(c.getBoundingClientRect().left)).join(' ');
                    return lefts(g.shadowRoot.querySelectorAll('thead tr th')) + '|'
                        + lefts(g.shadowRoot.querySelectorAll('tbody tr')[0].querySelectorAll('td'));""")).split("\\|");
            assertThat(columnLefts[0]).as("each column's header stands above its cells").isEqualTo(columnLefts[1]);

            // 5. Three other readers report the comment; the third report hides it pending review.
            String[] reasons = {"Spam or advertising", "Off topic", "Abusive or insulting"};
            long comment = 0;
            for (int i = 0; i < reporters.size(); i++) {
                browser.signOut();
                browser.signIn(reporters.get(i), PASSWORD);
                browser.open("proposals/" + proposal);
                browser.waitForText(".gv-comment-body", commentText);
                if (i == 0) {
                    // the comment's buttons are plain HTML answered by one listener on the panel: a real click must reach it
                    browser.click(browser.byText(".gv-comment-actions button", "0"));
                    browser.until(d -> browser.shown(".gv-comment-actions button[aria-pressed='true']", "1"));
                    browser.click(browser.byText(".gv-comment-actions button", "Reply"));
                    browser.field("vaadin-text-area", "Your reply");
                    browser.screenshot("journey-08b-upvoted-and-replying-375");
                    browser.click(browser.byText("vaadin-button", "Cancel"));
                    browser.until(d -> d.findElements(By.cssSelector(".gv-comment-editor")).isEmpty());
                }
                WebElement report = browser.byText(".gv-comment-actions a", "Report");
                comment = idIn(report.getDomAttribute("href"), "comment");
                browser.click(report);
                browser.waitForText("main h2", "Report a comment");
                browser.waitForText("main p", "A comment by Endorser Zhao on “" + proposalTitle + "”");
                browser.waitForText("main p", commentText);
                browser.clickRadio(reasons[i]);
                if (i == 0) {
                    browser.screenshot("journey-09-report-form-375");
                }
                browser.click(browser.byText("vaadin-button", "Send the report"));
                browser.waitForText("vaadin-notification-card", "Report sent: the committee will review this comment.");
                long reported = comment;
                // back on the proposal, at the comment, which now says the reader reported it
                browser.until(d -> d.getCurrentUrl().matches(".*/proposals/" + proposal + "(#comment-" + reported + ")?"));
                browser.waitForText("main h2", proposalTitle);
                browser.waitForText(".gv-comment-reported span", "You reported this");
            }
            browser.waitForText(".gv-comment-note", "Hidden pending the committee");
            assertThat(browser.driver.findElements(By.cssSelector(".gv-comment-body"))).as("the reported comment is hidden").isEmpty();
            browser.js("document.querySelector('.gv-comment-note').scrollIntoView({block: 'center'})");
            browser.screenshot("journey-10-comment-hidden-375");

            // 6. The committee restores the comment with a public reason; the log shows it, the comment is back.
            browser.signOut();
            browser.width(1280);
            browser.signIn(committee, PASSWORD);
            browser.open("committee/moderation");
            browser.waitForText("vaadin-grid-cell-content", commentText);
            browser.screenshot("journey-11-moderation-queue-1280");
            // a click on the row opens the whole comment with every report
            browser.click(browser.byText("vaadin-grid-cell-content .gv-moderation-excerpt", commentText));
            browser.waitForText("body", "Open reports (3)");
            browser.waitForText("body", "Abusive or insulting");
            browser.screenshot("journey-11b-moderation-item-1280");
            // the decisions sit in the dialog, next to the whole text and the reports
            browser.click(browser.waitFor(By.cssSelector("vaadin-button[aria-label='Restore Comment #" + comment + "']")));
            WebElement reason = browser.field("vaadin-text-area", "Public reason");
            browser.type(reason, restoreReason);
            browser.screenshot("journey-12-restore-dialog-1280");
            browser.click(browser.byText("vaadin-button", "Show it again"));
            browser.waitForText("vaadin-notification-card", "Comment #" + comment + " is shown again.");

            browser.open("moderation-log");
            WebElement community = browser.field("vaadin-combo-box", "Community");
            if (!"幸福里社区".equals(browser.js("return arguments[0].querySelector('input').value", community))) {
                browser.choose(community, "vaadin-combo-box-item", "幸福里社区");
            }
            browser.until(d -> "幸福里社区".equals(browser.js("return arguments[0].querySelector('input').value", community)));
            browser.waitForText("vaadin-grid-cell-content", restoreReason);
            assertThat(logRow(restoreReason)).contains("Comment", "#" + comment, "Shown again", restoreReason, "Committee Wang");
            browser.screenshot("journey-13-moderation-log-1280");

            browser.open("proposals/" + proposal);
            browser.waitForText(".gv-comment-body", commentText);
            assertThat(browser.driver.findElements(By.cssSelector(".gv-comment-note"))).as("the comment is no longer hidden").isEmpty();
            browser.js("document.querySelector('.gv-comment-body').scrollIntoView({block: 'center'})");
            browser.screenshot("journey-14-comment-restored-1280");
        }
    }

    /** The texts of the moderation log row that holds the text. */
    private String logRow(String text) {
        return (String) browser.js("""
                const cells = Array.from(document.querySelectorAll('vaadin-grid-cell-content'));
                const hit = cells.find(c => c.textContent.includes(arguments[0]));
                const row = hit.assignedSlot.closest('tr, [part~="row"]');
                return Array.from(row.querySelectorAll('slot')).map(s => s.assignedElements().map(e => e.textContent).join(' ')).join(' | ');
                """, text);
    }

    private static long idIn(String url, String after) {
        Matcher matcher = Pattern.compile(after + "/(\\d+)").matcher(url);
        assertThat(matcher.find()).as(url).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
