package org.gridvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.assertj.core.api.SoftAssertions;
import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lists at 375 px, in both languages: the page never scrolls sideways, each list shows its key
 * columns whole and does not scroll sideways either, and the app's name in the header is not cut.
 * Screenshots of each at 375 and 1280 px go to target/screenshots for people to look at.
 */
@GridVoiceTest
class PhoneLayoutBrowserTest {

    private static final String PASSWORD = "gridvoice-demo";

    /** Each shown grid: its header texts that are wholly on screen, and whether it scrolls sideways. */
    private static final String GRIDS = """
            const shown = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
            return Array.from(document.querySelectorAll('vaadin-grid')).filter(shown).map(g => {
              const table = g.shadowRoot.querySelector('#table');
              const headers = Array.from(g.querySelectorAll('vaadin-grid-cell-content')).filter(c => {
                const cell = c.assignedSlot && c.assignedSlot.parentElement;
                if (!cell || !cell.closest('thead') || cell.hidden || !shown(c)) { return false; }
                const box = cell.getBoundingClientRect();
                return box.width > 0 && box.left >= 0 && box.right <= window.innerWidth + 1;
              }).map(c => c.textContent.trim());
              return {headers: headers, scrollsSideways: table.scrollWidth > table.clientWidth + 1};
            });""";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @Test
    void at_375_px_lists_show_their_key_columns_and_nothing_scrolls_sideways() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        try {
            checkAll(softly);
        } finally {
            LanguagePicker.demoAccountsBackToChinese(jdbc);
        }
        softly.assertAll();
    }

    private void checkAll(SoftAssertions softly) throws Exception {
        check(softly, null, Map.of(
                "", List.of(),
                "consultations", List.of("consultation.column.title", "consultation.column.phase"),
                "responsibilities", List.of("responsibility.category", "responsibility.lead"),
                "scorecards", List.of(),
                "cases", List.of("casework.list.title", "casework.list.status")));
        check(softly, "officer@gridvoice.demo", Map.of(
                "", List.of(),
                "office/cases", List.of("casework.list.title", "casework.list.status", "casework.list.due"),
                "notifications", List.of("notification.title")));
        check(softly, "admin@gridvoice.demo", Map.of(
                "admin/categories", List.of("NAME", "admin.column.actions"),
                "admin/accounts", List.of("admin.field.display-name", "admin.field.roles", "admin.column.actions")));
    }

    private void check(SoftAssertions softly, String email, Map<String, List<String>> keyColumns) throws Exception {
        String who = email == null ? "visitor" : email.substring(0, email.indexOf('@'));
        try (Browser browser = new Browser(port, "zh-CN")) {
            if (email != null) {
                browser.signIn(email, PASSWORD);
            }
            for (String language : List.of("zh-CN", "en")) {
                browser.open("");
                LanguagePicker.use(browser, language);
                ResourceBundle texts = ResourceBundle.getBundle("i18n/messages", Locale.forLanguageTag(language));
                for (var route : keyColumns.entrySet()) {
                    String where = "%s /%s [%s, 375 px]".formatted(who, route.getKey(), language);
                    browser.width(375);
                    browser.open(route.getKey());
                    browser.js("document.querySelector('main table, main vaadin-grid')?.scrollIntoView({block: 'start'})");
                    browser.screenshot("phone-%s-%s-%s-375".formatted(who, name(route.getKey()), language));
                    softly.assertThat((Boolean) browser.js("return document.documentElement.scrollWidth <= window.innerWidth"))
                            .as(where + ": the page does not scroll sideways").isTrue();
                    softly.assertThat((Boolean) browser.js("const t = document.querySelector('.gv-app-title');"
                                    + " return !!t && t.scrollWidth <= t.clientWidth + 1"))
                            .as(where + ": the app's name in the header is whole").isTrue();
                    List<String> expected = new ArrayList<>();
                    for (String key : route.getValue()) {
                        expected.add(texts.getString(key.equals("NAME")
                                ? language.equals("en") ? "admin.field.name-en" : "admin.field.name-zh" : key));
                    }
                    if (!expected.isEmpty()) {
                        @SuppressWarnings("unchecked")
                        List<Map<String, Object>> grids = (List<Map<String, Object>>) browser.js(GRIDS);
                        softly.assertThat(grids).as(where + ": a list is shown").isNotEmpty();
                        for (Map<String, Object> grid : grids) {
                            softly.assertThat(grid.get("scrollsSideways")).as(where + ": the list does not scroll sideways")
                                    .isEqualTo(false);
                        }
                        softly.assertThat(grids).as(where + ": the key columns are shown whole")
                                .anySatisfy(grid -> assertThat(headers(grid)).containsAll(expected));
                    }
                    browser.width(1280);
                    browser.screenshot("phone-%s-%s-%s-1280".formatted(who, name(route.getKey()), language));
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> headers(Map<String, Object> grid) {
        return (List<String>) grid.get("headers");
    }

    private static String name(String route) {
        return route.isEmpty() ? "home" : route.replace('/', '-');
    }
}
