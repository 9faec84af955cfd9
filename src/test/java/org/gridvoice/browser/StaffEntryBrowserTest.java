package org.gridvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

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

            browser.open("staff/residents/new");
            browser.type(browser.field("vaadin-text-field", "姓名"), name);
            browser.choose(browser.field("vaadin-combo-box", "网格"), "vaadin-combo-box-item", grid);
            browser.type(browser.field("vaadin-text-field", "楼栋"), "5号楼");
            browser.type(browser.field("vaadin-text-field", "单元"), "1单元");
            browser.type(browser.field("vaadin-text-field", "房号"), "102");
            browser.type(browser.field("vaadin-text-field", "手机号码（可选）"), phone);
            browser.click(browser.byText("vaadin-button", "登记"));

            browser.until(d -> d.getCurrentUrl().contains("staff/entries/new?resident="));
            browser.until(d -> String.valueOf(browser.js("return arguments[0].querySelector('input').value",
                    browser.field("vaadin-combo-box", "居民")))
                    .startsWith(name));
            browser.pick(browser.field("vaadin-select", "代录内容"), "诉求");
            browser.pick(browser.field("vaadin-select", "类别"), "环境卫生");
            browser.type(browser.field("vaadin-text-field", "地址"), "幸福里 5 号楼 1 单元楼道");
            browser.type(browser.field("vaadin-text-area", "问题描述"), words);
            var showName = browser.byText("vaadin-checkbox", "公开显示我的姓名");
            browser.click((org.openqa.selenium.WebElement) browser.js("return arguments[0].querySelector('input')", showName));
            browser.until(d -> Boolean.TRUE.equals(browser.js("return arguments[0].checked", showName)));
            browser.click(browser.byText("vaadin-button", "代居民录入"));

            browser.until(d -> d.getCurrentUrl().matches(".*staff/entries/\\d+$"));
            browser.waitForText("main", "待居民确认");
            browser.screenshot("attest-entry-zh-375");
            assertThat(browser.js("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scroll").isEqualTo(true);
            Long resident = jdbc.sql("SELECT id FROM account_user WHERE phone = :p").param("p", "+86" + phone).query(Long.class).single();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM request WHERE author_id = :u").param("u", resident).query(Integer.class).single())
                    .as("waiting for the resident: not filed, no case").isZero();

            browser.click(browser.byText("vaadin-button", "发送验证码"));
            String params = browser.until(d -> jdbc.sql("SELECT params FROM shared_sms_outbox WHERE phone = :p AND template = 'ATTEST_CODE'")
                    .param("p", "+86" + phone).query(String.class).optional().orElse(null));
            String code = JsonMapper.builder().build().readTree(params).get("code").asString();
            browser.type(browser.field("vaadin-text-field", "居民读出的验证码"), code);
            browser.click(browser.byText("vaadin-button", "用验证码确认"));

            browser.waitForText("main", "已确认");
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
