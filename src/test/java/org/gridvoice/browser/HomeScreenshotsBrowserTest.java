package org.gridvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every role's home in Chromium, in both languages, at 1280 and 375 px: the sections render and
 * nothing is wider than a phone. Screenshots go to target/screenshots/home-*.png for people to look at.
 */
@GridVoiceTest
class HomeScreenshotsBrowserTest {

    private static final String DEMO_PASSWORD = "gridvoice-demo";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired JourneyAccounts accounts;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @Test
    void every_role_sees_its_home_in_both_languages_on_a_desk_and_a_phone() throws Exception {
        String newcomer = accounts.account("home-newcomer" + System.nanoTime(), "New Neighbour");
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put("resident", "resident02@gridvoice.demo");
        roles.put("unverified", newcomer);
        roles.put("officer", "officer@gridvoice.demo");
        roles.put("committee", "committee@gridvoice.demo");
        roles.put("admin", "admin@gridvoice.demo");
        Map<String, String> before = new LinkedHashMap<>();
        roles.values().forEach(email -> before.put(email, jdbc.sql("SELECT language FROM account_user WHERE email = :e").param("e", email)
                .query(String.class).single()));
        try (Browser browser = new Browser(port, "zh-CN")) {
            for (String language : new String[] {"zh-CN", "en"}) {
                browser.signOut();
                if (language.equals("en")) {
                    // a visitor's language is the browser's or the one picked in the header
                    browser.open("");
                    browser.js("const s = document.querySelector('vaadin-select.gv-language'); s.value = '2';");
                    browser.waitForText("h1", "Your neighbourhood");
                }
                shoot(browser, "visitor", language, "#home-open");
                for (var role : roles.entrySet()) {
                    jdbc.sql("UPDATE account_user SET language = :l WHERE email = :e").param("l", language).param("e", role.getValue()).update();
                    browser.signOut();
                    browser.signIn(role.getValue(), role.getKey().equals("unverified") ? JourneyAccounts.PASSWORD : DEMO_PASSWORD);
                    shoot(browser, role.getKey(), language, ".gv-home-section");
                }
            }
        } finally {
            before.forEach((email, language) -> jdbc.sql("UPDATE account_user SET language = :l WHERE email = :e")
                    .param("l", language).param("e", email).update());
        }
    }

    private static void shoot(Browser browser, String role, String language, String css) throws Exception {
        for (int width : new int[] {1280, 375}) {
            browser.driver.manage().window().setSize(new Dimension(width, width == 375 ? 2400 : 1600));
            browser.open("");
            browser.waitFor(By.cssSelector(css));
            String name = "home-" + role + "-" + (language.equals("en") ? "en" : "zh") + "-" + width;
            browser.screenshot(name);
            Object overflow = browser.js("return document.documentElement.scrollWidth > window.innerWidth + 1");
            assertThat(overflow).as(name + " fits the width").isEqualTo(false);
        }
    }
}
