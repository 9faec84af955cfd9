package org.gridvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Filing a request and the list of requests on a 375 px phone: one column, nothing scrolls sideways,
 * every button is large enough for a finger, every field has its label.
 */
@GridVoiceTest
class RequestPhoneBrowserTest {

    private static final String SMALL_BUTTONS = """
            return Array.from(document.querySelectorAll('main vaadin-button')).filter(b => b.getClientRects().length > 0)
              .filter(b => b.getBoundingClientRect().height < 44).map(b => b.textContent.trim() || b.getAttribute('aria-label'))""";
    private static final String FIELDS_WITHOUT_LABEL = """
            return Array.from(document.querySelectorAll('main vaadin-text-field, main vaadin-text-area, main vaadin-select,'
              + ' main vaadin-combo-box, main vaadin-big-decimal-field, main vaadin-date-picker'))
              .filter(f => !(f.label && f.label.trim())).length""";
    private static final String FORM_COLUMNS = """
            const f = document.querySelector('main vaadin-form-layout');
            return f ? new Set(Array.from(f.children).filter(c => c.getClientRects().length > 0)
              .map(c => Math.round(c.getBoundingClientRect().left))).size : 0""";

    @LocalServerPort int port;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @Test
    void filing_and_the_list_fit_a_phone() {
        try (Browser browser = new Browser(port, "zh-CN")) {
            browser.signIn("resident02@gridvoice.demo", "gridvoice-demo");
            browser.width(375);
            browser.open("requests/new");
            browser.waitFor(org.openqa.selenium.By.id("me-too"));
            assertThat(browser.js("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scroll").isEqualTo(true);
            assertThat(browser.js(FORM_COLUMNS)).as("one column").isEqualTo(1L);
            assertThat((List<?>) browser.js(SMALL_BUTTONS)).as("buttons of at least 44 px").isEmpty();
            assertThat(browser.js(FIELDS_WITHOUT_LABEL)).as("every field labelled").isEqualTo(0L);
            assertThat(browser.js("return document.querySelector('#me-too [aria-live=polite]') !== null")).isEqualTo(true);

            browser.open("requests");
            browser.waitFor(org.openqa.selenium.By.cssSelector("main vaadin-grid"));
            assertThat(browser.js("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scroll").isEqualTo(true);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> columns = (List<Map<String, Object>>) browser.js("""
                    return Array.from(document.querySelectorAll('main vaadin-grid-column')).filter(c => !c.hidden)
                      .map(c => ({header: c.header || ''}))""");
            assertThat(columns).as("photo, words and status on a phone").hasSize(3);
        }
    }
}
