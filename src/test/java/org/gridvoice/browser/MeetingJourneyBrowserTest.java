package org.gridvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 居民会议 in a real Chromium, in Chinese: the committee schedules a residents' meeting with two agenda
 * items (one linked to a proposal of the community) at 1280 px and publishes it; a verified resident
 * of the community finds the notification on a 375 px phone, opens the meeting and says they will come.
 */
@GridVoiceTest
class MeetingJourneyBrowserTest {

    @LocalServerPort int port;
    @Autowired JourneyAccounts accounts;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    private record Proposal(Long id, String title) {
    }

    @Test
    void the_committee_publishes_a_residents_meeting_and_a_resident_in_scope_answers_on_a_phone() throws Exception {
        long stamp = System.nanoTime() % 1_000_000;
        String committee = accounts.account("meeting-committee-" + stamp, "李主任");
        accounts.grant(committee, "COMMITTEE", 1);
        String resident = accounts.account("meeting-resident-" + stamp, "张阿姨");
        accounts.resideIn(resident, 1);
        jdbc.sql("UPDATE account_user SET language = 'zh-CN' WHERE email IN (:a, :b)").param("a", committee).param("b", resident).update();
        Proposal proposal = jdbc.sql("""
                SELECT p.id, p.title FROM proposal p JOIN consultation c ON c.id = p.consultation_id
                WHERE c.community_id = 1 AND c.status <> 'DRAFT' ORDER BY p.id LIMIT 1""").query(Proposal.class).single();
        String title = "幸福里居民会议" + stamp;

        try (Browser browser = new Browser(port, "zh-CN")) {
            browser.signIn(committee, JourneyAccounts.PASSWORD);
            browser.open("meetings/editor");
            browser.waitForText("main h2", "安排会议");
            browser.type(browser.field("vaadin-text-field", "标题"), title);
            browser.type(browser.field("vaadin-text-field", "地点"), "幸福里社区居民活动室");
            browser.click(browser.waitFor(By.id("meeting-item-add")));
            browser.click(browser.waitFor(By.id("meeting-item-add")));
            browser.type(browser.field("vaadin-text-field", "事项 1：标题"), "老年助餐点");
            browser.pick(browser.field("vaadin-select", "关联"), "提案");
            browser.type(browser.field("vaadin-big-decimal-field", "编号"), String.valueOf(proposal.id()));
            browser.waitForText("#meeting-item-1 span", "关联：" + proposal.title());
            browser.type(browser.field("vaadin-text-field", "事项 2：标题"), "冬季楼道堆物整治");
            browser.screenshot("meeting-01-editor-1280");
            browser.click(browser.waitFor(By.id("meeting-save")));
            browser.waitForText("vaadin-notification-card", "会议已保存为草稿。");
            browser.until(d -> d.getCurrentUrl().matches(".*/meetings/\\d+$"));
            String url = browser.driver.getCurrentUrl();
            long meeting = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
            browser.click(browser.waitFor(By.id("meeting-publish")));
            browser.click(browser.byText("vaadin-button[slot='confirm-button']", "发布"));
            browser.waitForText("vaadin-notification-card", "会议已发布，正在通知居民。");
            browser.waitForText("#meeting-agenda a", proposal.title());
            browser.waitForText("#meeting-facts", "参会范围：幸福里社区全体居民");
            assertThat(browser.shown("main vaadin-button", "发布")).as("a published meeting has no Publish button").isFalse();
            browser.screenshot("meeting-02-published-1280");
            browser.signOut();

            // the resident hears of it after the publication commits
            browser.until(d -> jdbc.sql("""
                    SELECT COUNT(*) FROM notification n JOIN account_user u ON u.id = n.user_id
                    WHERE u.email = :e AND n.kind = 'MEETING_PUBLISHED' AND n.link = :l""")
                    .param("e", resident).param("l", "meetings/" + meeting).query(Integer.class).single() > 0);
            browser.signIn(resident, JourneyAccounts.PASSWORD);
            browser.width(375);
            browser.open("notifications");
            browser.waitForGridText(title);
            browser.screenshot("meeting-03-notification-375");
            WebElement link = browser.until(d -> (WebElement) browser.js(
                    "return Array.from(document.querySelectorAll('vaadin-grid-cell-content a')).find(a => a.textContent.includes(arguments[0])) || null",
                    title));
            browser.click(link);
            browser.until(d -> d.getCurrentUrl().endsWith("/meetings/" + meeting));
            browser.waitForVaadin();
            browser.waitForText("main h2", title);
            browser.waitForText("#meeting-rsvp-counts", "参加：0");
            browser.click(browser.waitFor(By.id("meeting-rsvp-yes")));
            browser.waitForText("vaadin-notification-card", "已保存您的答复。");
            browser.waitForText("#meeting-rsvp-counts", "参加：1");
            browser.waitForText("#meeting-rsvp p", "您的答复：我会参加");
            browser.screenshot("meeting-04-rsvp-375");
            assertThat((Long) browser.js("return document.documentElement.scrollWidth")).as("no sideways scrolling at 375 px")
                    .isLessThanOrEqualTo(375L);
            browser.width(1280);
            browser.screenshot("meeting-05-page-resident-1280");
        }
        assertThat(jdbc.sql("""
                SELECT r.answer FROM meeting_rsvp r JOIN account_user u ON u.id = r.user_id WHERE u.email = :e""")
                .param("e", resident).query(String.class).list()).containsExactly("YES");
    }
}
