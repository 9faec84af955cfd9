package org.gridvoice.browser;

import org.openqa.selenium.WebElement;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** A committee member's steps at the desk (代录), in Chinese, shared by the journeys that go through them. */
final class StaffDeskSteps {

    private StaffDeskSteps() {
    }

    /** Registers a resident from residency data; ends on the new-entry form with that resident chosen. */
    static void registerResident(Browser desk, String name, String grid, String building, String unit, String room, String phone) {
        desk.open("staff/residents/new");
        desk.type(desk.field("vaadin-text-field", "姓名"), name);
        desk.choose(desk.field("vaadin-combo-box", "网格"), "vaadin-combo-box-item", grid);
        desk.type(desk.field("vaadin-text-field", "楼栋"), building);
        desk.type(desk.field("vaadin-text-field", "单元"), unit);
        desk.type(desk.field("vaadin-text-field", "房号"), room);
        desk.type(desk.field("vaadin-text-field", "手机号码（可选）"), phone);
        desk.click(desk.byText("vaadin-button", "登记"));
        desk.until(d -> d.getCurrentUrl().contains("staff/entries/new?resident="));
        desk.until(d -> String.valueOf(desk.js("return arguments[0].querySelector('input').value",
                desk.field("vaadin-combo-box", "居民"))).startsWith(name));
    }

    /** Enters an environment request for the chosen resident; ends on the entry's page, waiting for the resident. */
    static void enterRequest(Browser desk, String address, String words, boolean showName) {
        desk.pick(desk.field("vaadin-select", "代录内容"), "诉求");
        desk.pick(desk.field("vaadin-select", "类别"), "环境卫生");
        desk.type(desk.field("vaadin-text-field", "地址"), address);
        desk.type(desk.field("vaadin-text-area", "问题描述"), words);
        if (showName) {
            WebElement box = desk.byText("vaadin-checkbox", "公开显示我的姓名");
            desk.click((WebElement) desk.js("return arguments[0].querySelector('input')", box));
            desk.until(d -> Boolean.TRUE.equals(desk.js("return arguments[0].checked", box)));
        }
        desk.click(desk.byText("vaadin-button", "代居民录入"));
        desk.until(d -> d.getCurrentUrl().matches(".*staff/entries/\\d+$"));
        desk.waitForText("main", "待居民确认");
    }

    /** Sends the code to the resident's phone (read from the SMS outbox) and types it as she reads it back. */
    static void attestByReadBack(Browser desk, JdbcClient jdbc, String typedPhone) {
        desk.click(desk.byText("vaadin-button", "发送验证码"));
        String params = desk.until(d -> jdbc.sql("SELECT params FROM shared_sms_outbox WHERE phone = :p AND template = 'ATTEST_CODE'")
                .param("p", "+86" + typedPhone).query(String.class).optional().orElse(null));
        String code = JsonMapper.builder().build().readTree(params).get("code").asString();
        desk.type(desk.field("vaadin-text-field", "居民读出的验证码"), code);
        desk.click(desk.byText("vaadin-button", "用验证码确认"));
        desk.waitForText("main", "已确认");
    }
}
