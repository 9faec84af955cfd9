package org.gridvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 代录 on a 375 px phone in Chinese: the committee registers an older resident with a mobile number,
 * enters a request for them, sends the code to their phone, types the code the resident reads back,
 * and the request is filed as the resident's — "entered by … for …" — with its case.
 */
@GridVoiceTest
class StaffEntryBrowserTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @Test
    void the_committee_registers_a_resident_enters_a_request_for_them_and_the_read_back_code_files_it() throws Exception {
        String unique = Long.toString(System.nanoTime() % 100_000_000L);
        String name = "周奶奶" + unique.substring(0, 4);
        String phone = "139" + String.format("%08d", Long.parseLong(unique));
        String words = "楼道灯坏了三天，晚上下楼看不清台阶" + unique;
        String grid = jdbc.sql("SELECT CONCAT(c.name, ' · ', g.name) FROM place_grid g JOIN place_community c ON c.id = g.community_id"
                + " WHERE g.id = 1").query(String.class).single();
        try (Browser browser = new Browser(port, "zh-CN")) {
            browser.signIn("committee@gridvoice.demo", "gridvoice-demo");
            browser.width(375);

            StaffDeskSteps.registerResident(browser, name, grid, "5号楼", "1单元", "102", phone);
            StaffDeskSteps.enterRequest(browser, "幸福里 5 号楼 1 单元楼道", words, true);
            browser.screenshot("attest-entry-zh-375");
            assertThat(browser.js("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scroll").isEqualTo(true);
            Long resident = jdbc.sql("SELECT id FROM account_user WHERE phone = :p").param("p", "+86" + phone).query(Long.class).single();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM request WHERE author_id = :u").param("u", resident).query(Integer.class).single())
                    .as("waiting for the resident: not filed, no case").isZero();

            StaffDeskSteps.attestByReadBack(browser, jdbc, phone);
            Long caseId = jdbc.sql("SELECT case_id FROM request WHERE author_id = :u").param("u", resident).query(Long.class).single();
            assertThat(caseId).as("routed into a case as requests are").isNotNull();
            browser.click(browser.byText("a", "查看生成的内容"));
            browser.until(d -> d.getCurrentUrl().endsWith("cases/" + caseId));
            browser.waitForText("main", words.substring(0, 10));

            assertThat(jdbc.sql("SELECT show_name FROM request WHERE author_id = :u").param("u", resident).query(Boolean.class).single())
                    .as("the resident's choice to show the name, as entered").isTrue();
            browser.open("requests");
            browser.waitFor(By.cssSelector("main vaadin-grid"));
            browser.waitForGridText("代录：李秀英 代 " + name + " 录入");
            browser.screenshot("attest-requests-entered-by-zh-375");
        }
    }
}
