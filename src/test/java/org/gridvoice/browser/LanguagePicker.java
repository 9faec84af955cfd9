package org.gridvoice.browser;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Switches the app's language with the header's picker, as a user does; a signed-in user's choice is remembered. */
final class LanguagePicker {

    private LanguagePicker() {
    }

    /** Picks zh-CN or en (the page reloads), unless the page is already in it. */
    static void use(Browser browser, String language) {
        String key = language.equals("en") ? "2" : "1";
        if (key.equals(browser.js("return document.querySelector('vaadin-select.gv-language').value"))) {
            return;
        }
        browser.js("window.__gvBeforeReload = true; document.querySelector('vaadin-select.gv-language').value = arguments[0];", key);
        browser.until(d -> Boolean.TRUE.equals(browser.js("return window.__gvBeforeReload === undefined")));
        browser.waitForVaadin();
        browser.until(d -> key.equals(browser.js("return document.querySelector('vaadin-select.gv-language')?.value")));
    }

    /** The demo accounts speak Chinese, as seeded; other tests expect them to. */
    static void demoAccountsBackToChinese(JdbcClient jdbc) {
        jdbc.sql("UPDATE account_user SET language = 'zh-CN' WHERE email LIKE '%@gridvoice.demo'").update();
    }
}
