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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The whole deliberation of one consultation in a real Chromium, in English, residents on a phone:
 * the committee opens and publishes a consultation for two grids, a resident of one grid proposes,
 * a resident of the other endorses and argues for it, a resident of a third grid may only read,
 * three readers report the comment until it is hidden, and the committee restores it with a public reason.
 */
@GridVoiceTest
class DeliberationJourneyBrowserTest {

    private static final String PASSWORD = "journey-password";
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** Finds elements also inside shadow roots, tells their text without tooltips, and whether one is rendered. */
    private static final String DEEP = """
            const gvAll = (selector) => {
              const found = [];
              const visit = (root) => {
                root.querySelectorAll(selector).forEach(e => found.push(e));
                root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) visit(e.shadowRoot); });
              };
              visit(document);
              return found;
            };
            const gvText = (e) => Array.from(e.childNodes).filter(n => n.nodeName !== 'VAADIN-TOOLTIP')
                .map(n => n.textContent).join('').trim();
            const gvShown = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
            """;

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired Clock clock;

    private Browser browser;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @Test
    void a_consultation_is_opened_proposed_to_endorsed_argued_reported_and_restored() throws Exception {
        String run = String.valueOf(System.nanoTime());
        String committee = account("committee" + run, "Committee Wang");
        grant(committee, "COMMITTEE", People.COMMUNITY_XINGFULI);
        String author = account("author" + run, "Author Li");
        resideIn(author, 1L);
        String endorser = account("endorser" + run, "Endorser Zhao");
        resideIn(endorser, 2L);
        String outsider = account("outsider" + run, "Outsider Sun");
        resideIn(outsider, 3L);
        List<String> reporters = List.of(account("reporter1-" + run, "Reporter One"), account("reporter2-" + run, "Reporter Two"),
                account("reporter3-" + run, "Reporter Three"));

        String consultationTitle = "Cleaner courtyards " + run;
        String proposalTitle = "More recycling bins at the east gate " + run;
        String commentText = "Agreed: three bins would end the overflow at the east gate.";
        String restoreReason = "The comment is on topic and polite " + run;

        try (Browser b = new Browser(port, "en")) {
            browser = b;

            // 1. The committee member writes the consultation in the editor and publishes it from its page.
            browser.signIn(committee, PASSWORD);
            browser.open("consultations/editor");
            waitText("main h2", "New consultation");
            type(field("vaadin-text-field", "Title"), consultationTitle);
            type(field("vaadin-text-area", "Description"), """
                    Where do the courtyards need more care?

                    | Courtyard | Problem |
                    |---|---|
                    | East | Bins overflow |
                    """);
            clickRadio("Chosen grids");
            WebElement grids = field("vaadin-multi-select-combo-box", "Grids");
            wait(d -> Boolean.TRUE.equals(browser.js("return !arguments[0].disabled", grids)));
            choose(grids, "vaadin-multi-select-combo-box-item", "第一网格", "第二网格");
            choose(field("vaadin-multi-select-combo-box", "Categories"), "vaadin-multi-select-combo-box-item", "Environment and sanitation");
            wait(d -> Long.valueOf(2).equals(browser.js("return arguments[0].selectedItems.length", grids)));
            String yesterday = LocalDateTime.now(clock).minusDays(1).truncatedTo(ChronoUnit.HOURS).format(PICKER);
            WebElement opens = field("vaadin-date-time-picker", "Proposals open");
            browser.js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new CustomEvent('change', {bubbles: true}));",
                    opens, yesterday);
            wait(d -> yesterday.equals(browser.js("return arguments[0].value", opens)));
            browser.screenshot("journey-01-consultation-editor-1280");
            click(byText("vaadin-button", "Save"));
            waitText("vaadin-notification-card", "Draft saved");
            wait(d -> d.getCurrentUrl().matches(".*/consultations/\\d+$"));
            long consultation = idIn(browser.driver.getCurrentUrl(), "consultations");
            waitText("main p", "Who takes part: 幸福里社区, grids 第一网格, 第二网格");
            waitText("main p", "Categories: Environment and sanitation");
            click(byText("vaadin-button", "Publish"));
            WebElement confirm = byText("vaadin-button[slot='confirm-button']", "Publish");
            String question = "Publish “" + consultationTitle + "”?";
            wait(d -> question.equals(browser.js("return document.querySelector('vaadin-confirm-dialog[opened]')?.getAttribute('aria-label')")));
            browser.screenshot("journey-02-publish-confirm-1280");
            click(confirm);
            waitText("vaadin-notification-card", "Published. Residents can see the consultation now.");
            waitText("main a", "Proposals of this consultation");
            assertThat(shown("main vaadin-button", "Publish")).as("a published consultation has no Publish button").isFalse();
            browser.screenshot("journey-03-consultation-published-1280");

            // 2. A verified resident of the first grid proposes, on a phone, with a Markdown table and a link.
            browser.signOut();
            browser.signIn(author, PASSWORD);
            browser.width(375);
            browser.open("consultations/" + consultation + "/proposals");
            click(byText("vaadin-button", "New proposal"));
            waitText("main h2", "New proposal");
            type(field("vaadin-text-field", "Title"), proposalTitle);
            type(field("vaadin-text-area", "Proposal"), """
                    The bins at the east gate overflow every weekend.

                    | Place | Bins now | Bins asked |
                    |---|---|---|
                    | East gate | 1 | 3 |

                    See the [sorting guidelines](https://example.org) for sizes.
                    """);
            browser.screenshot("journey-04-proposal-editor-375");
            click(byText("vaadin-button", "Post the proposal"));
            waitText("vaadin-notification-card", "Your proposal is posted.");
            wait(d -> d.getCurrentUrl().matches(".*/proposals/\\d+$"));
            long proposal = idIn(browser.driver.getCurrentUrl(), "proposals");
            waitText("main h2", proposalTitle);
            waitText("main .gv-card table td", "East gate");
            WebElement link = browser.waitFor(By.cssSelector("main .gv-card a[href^='https://example.org']"));
            assertThat(link.getText()).isEqualTo("sorting guidelines");
            assertThat(link.getDomAttribute("rel")).contains("ugc");
            browser.screenshot("journey-05-proposal-posted-375");

            // 3. A verified resident of the second grid endorses it and argues for it.
            browser.signOut();
            browser.signIn(endorser, PASSWORD);
            browser.open("proposals/" + proposal);
            waitText("main", "0 / 5 endorsements");
            click(byText("vaadin-button", "Endorse"));
            waitText("vaadin-notification-card", "You endorsed this proposal.");
            waitText("main", "1 / 5 endorsements");
            type(field("vaadin-text-area", "Your comment"), commentText);
            clickRadio("In favour");
            click(byText("vaadin-button", "Post comment"));
            waitText("vaadin-notification-card", "Your comment is posted.");
            waitText(".gv-comment-body", commentText);
            waitText(".gv-comments span", "In favour: 1");
            waitText(".gv-comment span", "In favour");
            browser.screenshot("journey-06-endorsed-and-commented-375");

            // 4. A verified resident of the third grid may read, but neither endorse nor propose.
            browser.signOut();
            browser.signIn(outsider, PASSWORD);
            browser.open("proposals/" + proposal);
            waitText("main h2", proposalTitle);
            waitText("main .gv-card table td", "East gate");
            waitText("#proposal-endorse-note", "Only verified residents of the grids this consultation covers may propose and endorse.");
            WebElement endorse = byText("vaadin-button", "Endorse");
            assertThat(endorse.getDomAttribute("disabled")).as("Endorse is disabled for a resident of another grid").isNotNull();
            browser.screenshot("journey-07-outsider-reads-375");
            browser.open("consultations/" + consultation + "/proposals");
            waitText("main p", "Only verified residents of the grids this consultation covers may propose and endorse.");
            waitText("vaadin-grid-cell-content", proposalTitle);
            assertThat(shown("vaadin-button", "New proposal")).as("no New proposal button outside the grids").isFalse();
            browser.screenshot("journey-08-outsider-list-375");

            // 5. Three other readers report the comment; the third report hides it pending review.
            String[] reasons = {"Spam or advertising", "Off topic", "Abusive or insulting"};
            long comment = 0;
            for (int i = 0; i < reporters.size(); i++) {
                browser.signOut();
                browser.signIn(reporters.get(i), PASSWORD);
                browser.open("proposals/" + proposal);
                waitText(".gv-comment-body", commentText);
                WebElement report = byText(".gv-comment-actions a", "Report");
                comment = idIn(report.getDomAttribute("href"), "comment");
                click(report);
                waitText("main h2", "Report a comment");
                waitText("main p", "You are reporting: Comment #" + comment);
                clickRadio(reasons[i]);
                if (i == 0) {
                    browser.screenshot("journey-09-report-form-375");
                }
                click(byText("vaadin-button", "Send the report"));
                waitText("vaadin-notification-card", "Thank you. The committee will look at it.");
                wait(d -> d.getCurrentUrl().endsWith("/proposals/" + proposal));
                waitText("main h2", proposalTitle);
            }
            waitText(".gv-comment-note", "Hidden pending the committee");
            assertThat(browser.driver.findElements(By.cssSelector(".gv-comment-body"))).as("the reported comment is hidden").isEmpty();
            browser.js("document.querySelector('.gv-comment-note').scrollIntoView({block: 'center'})");
            browser.screenshot("journey-10-comment-hidden-375");

            // 6. The committee restores the comment with a public reason; the log shows it, the comment is back.
            browser.signOut();
            browser.width(1280);
            browser.signIn(committee, PASSWORD);
            browser.open("committee/moderation");
            WebElement restore = browser.waitFor(By.cssSelector(
                    "vaadin-button[aria-label='Restore Comment #" + comment + "']"));
            browser.screenshot("journey-11-moderation-queue-1280");
            click(restore);
            WebElement reason = field("vaadin-text-area", "Public reason");
            type(reason, restoreReason);
            browser.screenshot("journey-12-restore-dialog-1280");
            click(byText("vaadin-button", "Show it again"));
            waitText("vaadin-notification-card", "Comment #" + comment + " is shown again.");

            browser.open("moderation-log");
            WebElement community = field("vaadin-combo-box", "Community");
            if (!"幸福里社区".equals(browser.js("return arguments[0].querySelector('input').value", community))) {
                choose(community, "vaadin-combo-box-item", "幸福里社区");
            }
            wait(d -> "幸福里社区".equals(browser.js("return arguments[0].querySelector('input').value", community)));
            waitText("vaadin-grid-cell-content", restoreReason);
            assertThat(logRow(restoreReason)).contains("Comment", "#" + comment, "Shown again", restoreReason, "Committee Wang");
            browser.screenshot("journey-13-moderation-log-1280");

            browser.open("proposals/" + proposal);
            waitText(".gv-comment-body", commentText);
            assertThat(browser.driver.findElements(By.cssSelector(".gv-comment-note"))).as("the comment is no longer hidden").isEmpty();
            browser.js("document.querySelector('.gv-comment-body').scrollIntoView({block: 'center'})");
            browser.screenshot("journey-14-comment-restored-1280");
        }
    }

    // ---- people ----

    /** A confirmed resident account that signs in with {@link #PASSWORD} and speaks English; returns its email. */
    private String account(String name, String displayName) {
        String email = name + "@journey.gridvoice";
        Long id = jdbc.sql("""
                INSERT INTO account_user (email, password_hash, display_name, language, email_pref, email_confirmed, created_at)
                VALUES (:e, :h, :n, 'en', 'IMMEDIATE', TRUE, NOW()) RETURNING id""")
                .param("e", email).param("h", passwordEncoder.encode(PASSWORD)).param("n", displayName).query(Long.class).single();
        jdbc.sql("INSERT INTO account_role_grant (user_id, role, community_id, office_id, granted_at) VALUES (:u, 'RESIDENT', NULL, NULL, NOW())")
                .param("u", id).update();
        return email;
    }

    private void grant(String email, String role, long communityId) {
        jdbc.sql("""
                INSERT INTO account_role_grant (user_id, role, community_id, office_id, granted_at)
                SELECT id, :r, :c, NULL, NOW() FROM account_user WHERE email = :e""")
                .param("r", role).param("c", communityId).param("e", email).update();
    }

    private void resideIn(String email, long gridId) {
        jdbc.sql("""
                INSERT INTO account_residency (user_id, community_id, grid_id, building, unit, room, status, requested_at, decided_at)
                SELECT u.id, g.community_id, g.id, '1号楼', '1单元', '101', 'APPROVED', NOW(), NOW()
                FROM account_user u, place_grid g WHERE u.email = :e AND g.id = :g""")
                .param("e", email).param("g", gridId).update();
    }

    // ---- the page ----

    private <T> T wait(Function<WebDriver, T> condition) {
        return new WebDriverWait(browser.driver, PATIENCE).ignoring(StaleElementReferenceException.class).until(condition);
    }

    private void waitText(String css, String text) {
        browser.waitForText(css, text);
    }

    /** Clicks the label of the rendered radio button with this label, and waits until it is checked. */
    private void clickRadio(String label) {
        WebElement radio = byText("vaadin-radio-button", label);
        click((WebElement) browser.js("return arguments[0].querySelector('label')", radio));
        wait(d -> Boolean.TRUE.equals(browser.js("return arguments[0].checked", radio)));
    }

    /** The first rendered element (also inside shadow roots) matching the selector whose trimmed text is exactly the text. */
    private WebElement byText(String css, String text) {
        return wait(d -> (WebElement) browser.js(DEEP + "return gvAll(arguments[0]).find(e => gvShown(e)"
                + " && gvText(e) === arguments[1]) || null;", css, text));
    }

    /** Whether a rendered element matching the selector has exactly this text. */
    private boolean shown(String css, String text) {
        return Boolean.TRUE.equals(browser.js(DEEP + "return gvAll(arguments[0]).some(e => gvShown(e)"
                + " && gvText(e) === arguments[1]);", css, text));
    }

    /** The rendered Vaadin field of that tag whose label is the label. */
    private WebElement field(String tag, String label) {
        return wait(d -> (WebElement) browser.js(DEEP + "return gvAll(arguments[0]).find(e => gvShown(e)"
                + " && e.label === arguments[1]) || null;", tag, label));
    }

    /** Types into the native input or text area of a Vaadin field, then leaves it so that its value reaches the server. */
    private void type(WebElement field, String text) {
        WebElement input = (WebElement) browser.js("return arguments[0].querySelector('textarea, input')", field);
        click(input);
        input.sendKeys(text);
        wait(d -> Boolean.TRUE.equals(browser.js("return arguments[0].value.trim() === arguments[1].trim()", input, text)));
        browser.js("arguments[0].blur()", input);
    }

    /** Opens the drop-down of a (multi-select) combo box and clicks the items with these texts, then closes it. */
    private void choose(WebElement box, String itemTag, String... items) {
        WebElement input = (WebElement) browser.js("return arguments[0].querySelector('input')", box);
        for (String item : items) {
            if (!Boolean.TRUE.equals(browser.js("return arguments[0].opened", box))) {
                click(input);
                if (!Boolean.TRUE.equals(browser.js("return arguments[0].opened", box))) {
                    input.sendKeys(Keys.ARROW_DOWN);
                }
                wait(d -> Boolean.TRUE.equals(browser.js("return arguments[0].opened", box)));
            }
            click(byText(itemTag, item));
        }
        if (Boolean.TRUE.equals(browser.js("return arguments[0].opened", box))) {
            input.sendKeys(Keys.ESCAPE);
        }
        wait(d -> Boolean.FALSE.equals(browser.js("return !!arguments[0].opened", box)));
    }

    private void click(WebElement element) {
        browser.js("arguments[0].scrollIntoView({block: 'center'})", element);
        try {
            element.click();
        } catch (ElementClickInterceptedException covered) {
            browser.js("arguments[0].click()", element);
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
