package org.gridvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.FluentWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A verified demo resident signs in, posts a proposal and votes with the keyboard alone
 * (Tab, Shift+Tab, Enter, Space, arrows and typing). After every key the focused element must be
 * on screen and show a focus indicator: Vaadin's focus-ring, or an outline or shadow of its own.
 */
@GridVoiceTest
class KeyboardJourneyBrowserTest {

    /** A verified demo resident of 幸福里 that no other test uses, so that its vote and proposal surprise nobody. */
    private static final String RESIDENT = "resident14@gridvoice.demo";

    /** What has the focus, looking into shadow roots, and whether anyone can see that it has. */
    private static final String FOCUS = """
            let e = document.activeElement;
            while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }
            if (!e || e === document.body) { return {tag: 'body', shown: false, indicated: false, text: '', href: '', label: ''}; }
            let ring = null;
            for (let n = e; n && n !== document.body; n = n.parentElement || (n.getRootNode() && n.getRootNode().host)) {
              if (n.hasAttribute && n.hasAttribute('focus-ring')) { ring = n; break; }
            }
            const drawn = (style) => (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
                || (style.boxShadow && style.boxShadow !== 'none');
            // a grid cell draws its focus on a pseudo-element
            const indicated = drawn(getComputedStyle(e)) || drawn(getComputedStyle(e, '::before')) || drawn(getComputedStyle(e, '::after'));
            const box = (ring || e).getBoundingClientRect();
            const shown = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
                && box.top < window.innerHeight && box.left < window.innerWidth;
            const host = ring || e;
            const slot = e.localName === 'td' || e.localName === 'th' ? e.querySelector('slot') : null;
            const text = slot ? slot.assignedNodes({flatten: true}).map(n => n.textContent).join('') : (host.innerText || host.value || '');
            return {tag: host.localName, shown: shown, indicated: !!ring || indicated, gridBody: !!slot && !!e.closest('tbody'),
                    text: text.trim().slice(0, 80), href: e.getAttribute('href') || '',
                    label: host.label || host.getAttribute('aria-label') || (e.labels && e.labels[0] ? e.labels[0].textContent.trim() : '')};
            """;

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @Test
    void a_resident_signs_in_posts_a_proposal_and_votes_with_the_keyboard_alone_seeing_the_focus_at_every_step() {
        List<Long> demo = jdbc.sql("SELECT id FROM consultation ORDER BY id LIMIT 2").query(Long.class).list();
        long proposalsPhase = demo.get(0);
        long votingPhase = demo.get(1);
        String title = "楼道加装感应灯 " + System.nanoTime() % 100000;
        try (Browser browser = new Browser(port, "zh-CN")) {
            // Sign in: to the email field, type, on to the password, Enter submits.
            browser.open("login");
            tabTo(browser, "the email field", f -> "input".equals(f.get("tag")) || "vaadin-text-field".equals(f.get("tag")));
            type(browser, RESIDENT);
            tabTo(browser, "the password field", f -> "vaadin-password-field".equals(f.get("tag")));
            type(browser, "gridvoice-demo");
            press(browser, Keys.ENTER);
            browser.waiting(Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login"));
            browser.waitForVaadin();

            // Post a proposal: menu → consultations → the one collecting proposals → its proposals → new.
            tabTo(browser, "the consultations menu item", f -> String.valueOf(f.get("href")).endsWith("consultations"));
            press(browser, Keys.ENTER);
            openFromList(browser, proposalsPhase);
            tabTo(browser, "its list of proposals", f -> String.valueOf(f.get("href")).endsWith("consultations/" + proposalsPhase + "/proposals"));
            press(browser, Keys.ENTER);
            tabTo(browser, "the new proposal button", f -> "提出提案".equals(f.get("text")));
            press(browser, Keys.SPACE);
            tabTo(browser, "the title field", f -> "标题".equals(f.get("label")));
            type(browser, title);
            tabTo(browser, "the text field", f -> "vaadin-text-area".equals(f.get("tag")));
            type(browser, "晚上楼道太暗，建议在 3 号楼各层加装声控感应灯。");
            tabTo(browser, "the category", f -> "vaadin-combo-box".equals(f.get("tag")));
            press(browser, Keys.ARROW_DOWN);
            press(browser, Keys.ARROW_DOWN);
            press(browser, Keys.ENTER);
            tabTo(browser, "the post button", f -> "发布提案".equals(f.get("text")));
            press(browser, Keys.ENTER);
            browser.waitForText("vaadin-notification-card", "提案已发布。");
            browser.waitForText("main h2", title);

            // Vote: back by Shift+Tab to the menu, to the consultation whose vote is open, its ballot, tick two, cast.
            awaitVotingOpen(votingPhase);
            shiftTabTo(browser, "the consultations menu item", f -> String.valueOf(f.get("href")).endsWith("consultations"));
            press(browser, Keys.ENTER);
            openFromList(browser, votingPhase);
            tabTo(browser, "its ballot", f -> String.valueOf(f.get("href")).endsWith("consultations/" + votingPhase + "/voting"));
            press(browser, Keys.ENTER);
            tabTo(browser, "the first approval box", f -> "vaadin-checkbox".equals(f.get("tag")));
            press(browser, Keys.SPACE);
            tabTo(browser, "the second approval box", f -> "vaadin-checkbox".equals(f.get("tag")));
            press(browser, Keys.SPACE);
            browser.waitForText("#ballot-picked", "2 / 2");
            tabTo(browser, "the vote button", f -> "投票".equals(f.get("text")));
            press(browser, Keys.ENTER);
            browser.waitForText("#ballot-confirmation", "投票成功");
            browser.waitForText("#ballot-receipt", "-");
        }
    }

    /**
     * Finds the consultation in the list and opens it: its title into the search field, Tab into the
     * list (a grid: the cell takes the focus), Enter to reach the link in the cell, Enter to follow it.
     */
    private void openFromList(Browser browser, long consultation) {
        String title = jdbc.sql("SELECT title FROM consultation WHERE id = :id").param("id", consultation).query(String.class).single();
        tabTo(browser, "the search field", f -> "搜索".equals(f.get("label")));
        type(browser, title);
        browser.waitForText("vaadin-grid-cell-content", title);
        browser.until(d -> Boolean.TRUE.equals(browser.js("return document.querySelectorAll('vaadin-grid')[0]"
                + ".querySelectorAll('vaadin-grid-cell-content').length > 0 && !document.querySelector('vaadin-grid[loading]')")));
        tabTo(browser, "the first row of the list", f -> Boolean.TRUE.equals(f.get("gridBody")) && String.valueOf(f.get("text")).contains(title));
        press(browser, Keys.ENTER);
        assertThat(String.valueOf(focus(browser).get("href"))).as("Enter in the cell moves to its link")
                .endsWith("consultations/" + consultation);
        press(browser, Keys.ENTER);
        browser.waitForText("main h2", title);
    }

    /** Presses Tab until the focus is on what the test looks for, checking the focus is seen after each press. */
    private static void tabTo(Browser browser, String what, Predicate<Map<String, Object>> target) {
        move(browser, Keys.TAB, what, target);
    }

    private static void shiftTabTo(Browser browser, String what, Predicate<Map<String, Object>> target) {
        move(browser, Keys.chord(Keys.SHIFT, Keys.TAB), what, target);
    }

    private static void move(Browser browser, CharSequence key, String what, Predicate<Map<String, Object>> target) {
        for (int presses = 0; presses < 60; presses++) {
            press(browser, key);
            Map<String, Object> focus = focus(browser);
            if (target.test(focus)) {
                return;
            }
        }
        throw new AssertionError("60 presses of Tab did not reach " + what + "; the focus is on " + focus(browser));
    }

    /** Sends a key to whatever has the focus, waits for the server's answer, and checks the focus is visible. */
    private static void press(Browser browser, CharSequence key) {
        new Actions(browser.driver).sendKeys(key).perform();
        browser.waitForVaadin();
        Map<String, Object> focus = focus(browser);
        if (!"body".equals(focus.get("tag"))) {
            assertThat(focus).as("after %s the focused element is on screen and shows it has the focus", describe(key))
                    .containsEntry("shown", true).containsEntry("indicated", true);
        }
    }

    private static void type(Browser browser, String text) {
        new Actions(browser.driver).sendKeys(text).perform();
        browser.waitForVaadin();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> focus(Browser browser) {
        return (Map<String, Object>) browser.js(FOCUS);
    }

    private static String describe(CharSequence key) {
        return key.equals(Keys.TAB) ? "Tab" : key.equals(Keys.ENTER) ? "Enter" : key.equals(Keys.SPACE) ? "Space"
                : key.toString().contains(Keys.SHIFT) ? "Shift+Tab" : "an arrow key";
    }

    /** The demo's vote opens by the app's phase clock shortly after start. */
    private void awaitVotingOpen(long consultation) {
        new FluentWait<>(consultation).withTimeout(Duration.ofSeconds(90)).pollingEvery(Duration.ofSeconds(1))
                .until(c -> "VOTING".equals(jdbc.sql("SELECT announced_phase FROM consultation WHERE id = :id")
                        .param("id", c).query(String.class).single()));
    }
}
