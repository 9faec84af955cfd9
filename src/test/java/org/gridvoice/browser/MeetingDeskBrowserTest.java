package org.gridvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.meeting.MeetingFixture;
import org.gridvoice.meeting.MeetingKind;
import org.gridvoice.proposal.ProposalForm;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 会议现场 in a real Chromium at 1280 px in Chinese: at a published 居民会议 of 幸福里社区 with two items
 * (one deciding a proposal), the demo committee member signs in seven of its eleven verified residents
 * (all six demo households) by name from the keyboard, the quorum shows met, the proposal passes by a show of hands
 * that committee2 confirms with their own password, and the accepted proposal is routed to its office:
 * the case page shows the meeting in its snapshot, the proposal page says the meeting decided it.
 */
@GridVoiceTest
class MeetingDeskBrowserTest {

    private static final String DEMO_PASSWORD = "gridvoice-demo";
    /**
     * Seven of the eleven verified demo residents of 幸福里社区 (grids 1–3), from all six of its demo
     * households (梁国强 shares 2号楼 2单元 202 with 吴志明): about 60 % of its adults.
     */
    private static final List<String> SEVEN = List.of("吴志明", "徐丽娟", "胡秀兰", "郭明", "何静怡", "郑玉梅", "梁国强");

    @LocalServerPort int port;
    @Autowired MeetingFixture meetings;
    @Autowired People people;
    @Autowired ConsultationService consultations;
    @Autowired ProposalService proposals;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void the_committee_signs_in_most_households_and_a_proposal_passes_by_show_of_hands_and_is_routed_with_the_meeting() throws Exception {
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        SignedInUser opener = people.committeeOf(People.COMMUNITY_XINGFULI);
        People.actAs(opener);
        LocalDateTime open = LocalDateTime.now().minusHours(1);
        Long consultation = consultations.create(new ConsultationForm(People.COMMUNITY_XINGFULI, "小区公共设施" + System.nanoTime(), "说明",
                false, Set.of(1L, 2L), Set.of(environment), open, open.plusDays(14), open.plusDays(21), open.plusDays(28), 5));
        consultations.publish(consultation);
        People.actAs(people.verifiedResidentOf(People.GRID_XINGFULI_1));
        Long proposal = proposals.create(new ProposalForm(consultation, "修复5号楼门前路灯", "晚上很黑，老人出行不便。", environment, null, null));
        People.signOut();
        long meeting = meetings.openMeeting(People.COMMUNITY_XINGFULI, MeetingKind.RESIDENTS_MEETING, opener);
        meetings.item(meeting, 1, "楼道堆物清理", null, null);
        meetings.item(meeting, 2, "修复路灯", "PROPOSAL", proposal);

        try (Browser desk = new Browser(port, "zh-CN")) {
            desk.signIn("committee@gridvoice.demo", DEMO_PASSWORD);
            desk.width(1280);
            desk.open("meetings/" + meeting + "/desk");
            desk.waitForText("main h2", "会议现场：");
            desk.waitForText("#desk-quorum-verdict", "未达法定人数");
            for (String name : SEVEN) {
                WebElement search = desk.waitFor(By.id("desk-search"));
                desk.type(search, name);
                ((WebElement) desk.js("return arguments[0].querySelector('input')", search)).sendKeys(Keys.ENTER);
                desk.waitForText(".desk-candidate", name);
                desk.click(desk.byText(".desk-candidate vaadin-button", "签到"));
                desk.waitForText("#desk-attendees", name);
            }
            // other tests may add households to 幸福里 (their residents live at 1号楼 1单元 101 of grids 1–3): at most eight
            desk.waitForText("#desk-quorum-households", "已到 6 户 / 共 ");
            desk.waitForText("#desk-quorum-households", "过半数 ✓");
            desk.waitForText("#desk-quorum", "到会 7 人");
            desk.waitForText("#desk-quorum-verdict", "已达法定人数");
            desk.waitForText("#desk-attendance h3", "已签到（7 人）");
            desk.js("document.querySelector('#desk-quorum').scrollIntoView()");
            desk.screenshot("meeting-desk-01-quorum-1280");

            desk.type(desk.waitFor(By.id("desk-for-2")), "5");
            desk.type(desk.waitFor(By.id("desk-against-2")), "1");
            desk.type(desk.waitFor(By.id("desk-abstain-2")), "1");
            desk.type(desk.waitFor(By.id("desk-witness-login-2")), "committee2@gridvoice.demo");
            desk.type(desk.waitFor(By.id("desk-witness-password-2")), DEMO_PASSWORD);
            desk.click(desk.waitFor(By.id("desk-record-2")));
            desk.click(desk.byText("vaadin-button[slot='confirm-button']", "记录决定"));
            desk.waitForText("#desk-item-2", "举手表决：赞成 5，反对 1，弃权 1；到会 7 人。");
            desk.waitForText("#desk-item-2", "通过");
            desk.screenshot("meeting-desk-02-decided-1280");

            desk.click(desk.waitFor(By.id("desk-route-2")));
            desk.click(desk.byText("vaadin-button[slot='confirm-button']", "转交责任部门"));
            WebElement caseLink = desk.waitFor(By.id("desk-case-2"));
            String caseHref = caseLink.getAttribute("href");
            assertThat(caseHref).contains("/cases/");
            desk.width(375);
            desk.screenshot("meeting-desk-03-routed-375");
            assertThat((Long) desk.js("return document.documentElement.scrollWidth")).as("no sideways scrolling at 375 px")
                    .isLessThanOrEqualTo(375L);

            desk.width(1280);
            desk.open(caseHref.substring(caseHref.indexOf("cases/")));
            desk.waitForText("#case-meeting", "居民会议");
            desk.waitForText("#case-meeting", "举手表决：赞成 5，反对 1，弃权 1；到会 7 人。");
            desk.screenshot("meeting-desk-04-case-snapshot-1280");

            desk.open("proposals/" + proposal);
            desk.waitForText("#proposal-meeting-decision", "在居民会议上决定：赞成 5 · 反对 1 · 弃权 1");

            // the meeting has begun (the fixture set it half an hour ahead, when the desk opens): minutes are
            // written and published, after which they no longer change and only a correction can be added
            jdbc.sql("UPDATE meeting SET starts_at = :s WHERE id = :m").param("s", LocalDateTime.now().minusMinutes(90))
                    .param("m", meeting).update();
            desk.open("meetings/" + meeting);
            desk.type(desk.waitFor(By.id("meeting-minutes-draft")), "到会 7 人。修复路灯的提案举手表决通过，已转交责任部门。");
            desk.click(desk.byText("#meeting-minutes vaadin-button", "发布纪要"));
            desk.click(desk.byText("vaadin-button[slot='confirm-button']", "发布纪要"));
            desk.waitForText("#meeting-minutes", "修复路灯的提案举手表决通过");
            desk.waitFor(By.id("meeting-correction"));
            assertThat(desk.driver.findElements(By.id("meeting-minutes-draft"))).as("published minutes are not edited").isEmpty();
            desk.screenshot("meeting-desk-05-minutes-1280");
        }
        assertThat(jdbc.sql("SELECT status FROM meeting WHERE id = :m").param("m", meeting).query(String.class).single()).isEqualTo("HELD");
        assertThat(jdbc.sql("SELECT confirmed_by FROM meeting_agenda_item WHERE meeting_id = :m AND position = 2").param("m", meeting)
                .query(Long.class).single()).isEqualTo(jdbc.sql("SELECT id FROM account_user WHERE email = 'committee2@gridvoice.demo'")
                .query(Long.class).single());
    }
}
