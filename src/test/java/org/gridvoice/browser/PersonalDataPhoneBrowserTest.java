package org.gridvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridvoice.account.Role;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.request.Filed;
import org.gridvoice.request.RequestForm;
import org.gridvoice.request.RequestService;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On a 375 px phone in Chinese, a resident downloads their data, reads it as a page and deletes their
 * account; signed out, they see the confirmation, and the case their request started still reads its
 * words, signed "a former resident".
 */
@GridVoiceTest
class PersonalDataPhoneBrowserTest {

    @LocalServerPort int port;
    @Autowired JourneyAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired RequestService requests;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @Test
    void a_resident_downloads_their_data_and_deletes_their_account_on_a_phone() throws Exception {
        String name = "pipl" + System.nanoTime();
        String email = accounts.account(name, "隐私居民" + name.substring(name.length() - 6));
        String displayName = jdbc.sql("SELECT display_name FROM account_user WHERE email = :e").param("e", email).query(String.class).single();
        jdbc.sql("UPDATE account_user SET language = 'zh-CN' WHERE email = :e").param("e", email).update();
        accounts.resideIn(email, People.GRID_XINGFULI_1);
        Long id = jdbc.sql("SELECT id FROM account_user WHERE email = :e").param("e", email).query(Long.class).single();
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        People.actAs(new SignedInUser(id, email, displayName, true, Set.of(Role.RESIDENT), null));
        Filed filed = requests.file(new RequestForm(environment, People.GRID_XINGFULI_1, "幸福里3号楼前", null, null,
                "楼前的路灯坏了一个星期", List.of(), true));
        People.signOut();

        try (Browser browser = new Browser(port, "zh-CN")) {
            browser.signIn(email, JourneyAccounts.PASSWORD);
            browser.width(375);
            browser.open("profile");
            browser.waitFor(By.id("my-data"));
            assertThat(browser.js("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scroll").isEqualTo(true);
            @SuppressWarnings("unchecked")
            Map<String, Object> download = (Map<String, Object>) browser.js("""
                    const a = document.querySelector('#my-data-json');
                    return fetch(a.href).then(r => r.text().then(t => ({download: a.hasAttribute('download'), status: r.status,
                      disposition: r.headers.get('Content-Disposition') || '', body: t})))""");
            assertThat(download.get("download")).isEqualTo(true);
            assertThat(download.get("status")).isEqualTo(200L);
            assertThat((String) download.get("disposition")).startsWith("attachment");
            assertThat((String) download.get("body")).contains(email, "楼前的路灯坏了一个星期", "1号楼");
            browser.screenshot("pipl-profile-375-zh");

            browser.click(browser.waitFor(By.id("my-data-page")));
            browser.waitForText("main h3", "居住认证");
            assertThat(browser.js("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scroll").isEqualTo(true);
            assertThat((String) browser.js("return document.querySelector('main').innerText")).contains("我的账户", email, "诉求与“同诉”",
                    "楼前的路灯坏了一个星期");
            browser.screenshot("pipl-my-data-375-zh");

            browser.open("profile");
            browser.click(browser.waitFor(By.id("delete-account")));
            browser.waitFor(By.id("delete-account-confirmation"));
            browser.waitForText("vaadin-dialog, vaadin-dialog-overlay", "已注销的居民");
            browser.type(browser.waitFor(By.id("delete-account-confirmation")), displayName);
            browser.screenshot("pipl-delete-dialog-375-zh");
            browser.click(browser.waitFor(By.id("delete-account-confirm")));
            browser.waitFor(By.id("account-deleted"));
            browser.waitForText("main", "您的账户已注销");
            browser.screenshot("pipl-deleted-375-zh");

            browser.open("profile");
            assertThat((String) browser.js("return location.pathname")).as("signed out").doesNotEndWith("/profile");

            browser.open("cases/" + filed.caseId());
            browser.waitForText("#case-residents-words", "楼前的路灯坏了一个星期");
            browser.waitForText("#case-filed-by", "已注销的居民");
            assertThat((String) browser.js("return document.querySelector('main').innerText")).doesNotContain(displayName);
            assertThat(browser.js("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scroll").isEqualTo(true);
            browser.screenshot("pipl-case-after-erasure-375-zh");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account_user WHERE email = :e").param("e", email).query(Long.class).single()).isZero();
    }
}
