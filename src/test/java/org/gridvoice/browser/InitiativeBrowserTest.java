package org.gridvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.gridvoice.initiative.InitiativeDeadlines;
import org.gridvoice.initiative.InitiativeFixture;
import org.gridvoice.meeting.RollCounts;
import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 居民提议 in a real Chromium: a demo resident of 幸福里社区 opens an initiative at 375 px, neighbours of other
 * households sign it at 375 px (one in English) until a fifth of the households have, the committee sees the
 * deadline and the signers; past the deadline the job escalates it and the street coordinator is told once.
 */
@GridVoiceTest
class InitiativeBrowserTest {

    private static final String PASSWORD = "gridvoice-demo";

    @LocalServerPort int port;
    @Autowired InitiativeFixture fixture;
    @Autowired InitiativeDeadlines deadlines;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @AfterEach
    void demoAccountsSpeakChinese() {
        LanguagePicker.demoAccountsBackToChinese(jdbc);
    }

    @Test
    void residents_sign_an_initiative_to_a_fifth_of_the_households_and_a_missed_deadline_reaches_the_street_coordinator_once()
            throws Exception {
        RollCounts roll = fixture.roll();
        int needed = fixture.householdsNeeded();
        String title = "召开居民会议讨论停车收费" + System.nanoTime() % 100_000;
        // the opener, a resident of the same household (one more adult, no more households), then neighbours of other households
        List<String> signers = new ArrayList<>(InitiativeFixture.COMMUNITY_1);
        signers.add(1, InitiativeFixture.SAME_HOUSEHOLD_AS_FIRST);
        Long id;
        try (Browser phone = new Browser(port, "zh-CN")) {
            phone.signIn(signers.getFirst() + "@gridvoice.demo", PASSWORD);
            phone.width(375);
            phone.open("initiatives");
            phone.waitForGridText("召开居民会议讨论加装电梯");
            phone.screenshot("initiative-00-list-375");
            phone.click(phone.byText("vaadin-button", "发起提议"));
            phone.waitForText("main h2", "发起居民提议");
            phone.type(phone.field("vaadin-text-field", "提议主题"), title);
            phone.type(phone.field("vaadin-text-area", "会议要讨论和决定什么？（支持 Markdown）"), "小区停车收费要调整，请居委会召集**居民会议**讨论。");
            phone.screenshot("initiative-01-open-375");
            phone.click(phone.waitFor(By.id("initiative-submit")));
            phone.waitForText("main h2", title);
            id = Long.valueOf(phone.driver.getCurrentUrl().replaceAll(".*/initiatives/(\\d+).*", "$1"));
            phone.waitForText("#initiative-households", "1 / " + roll.households() + " 户（需 " + needed + " 户）");
            phone.waitForText("#initiative-sign-note", "您已附署。");
            assertThat((Long) phone.js("return document.documentElement.scrollWidth")).as("no sideways scrolling at 375 px")
                    .isLessThanOrEqualTo(375L);
            phone.screenshot("initiative-02-opened-375");

            for (int i = 1; i <= needed; i++) {
                phone.signOut();
                phone.signIn(signers.get(i) + "@gridvoice.demo", PASSWORD);
                phone.open("initiatives/" + id);
                boolean english = i == 1;
                int households = i;
                if (english) {
                    LanguagePicker.use(phone, "en");
                    phone.waitForText("#initiative-households", "1 / " + roll.households() + " households (needs " + needed + ")");
                }
                phone.click(phone.waitFor(By.id("initiative-sign")));
                phone.click(phone.byText("vaadin-button[slot='confirm-button']", english ? "Sign" : "附署"));
                phone.waitForText("#initiative-adults", english ? (i + 1) + " / " + roll.adultResidents() + " adult residents"
                        : (i + 1) + " / " + roll.adultResidents() + " 名成年居民");
                phone.waitForText("#initiative-households", english
                        ? households + " / " + roll.households() + " households (needs " + needed + ")"
                        : households + " / " + roll.households() + " 户（需 " + needed + " 户）");
                if (english) {
                    phone.waitForText(".initiative-status", "Collecting signatures");
                    phone.screenshot("initiative-03-same-household-en-375");
                    LanguagePicker.use(phone, "zh-CN");
                }
            }
            phone.waitForText(".initiative-status", "已达提议门槛");
            phone.waitForText("#initiative-deadline", "居委会须在");
            phone.waitForText("#initiative-sign-note", "已达到提议门槛，附署不能再撤回。");
            assertThat((Long) phone.js("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(375L);
            phone.screenshot("initiative-04-met-375");
        }

        try (Browser desk = new Browser(port, "zh-CN")) {
            desk.signIn("committee@gridvoice.demo", PASSWORD);
            desk.open("initiatives/" + id);
            desk.waitForText("#initiative-deadline", "居委会须在");
            desk.waitForText("#initiative-signers vaadin-grid-cell-content", "发起人");
            LanguagePicker.use(desk, "en");
            desk.waitForText("#initiative-deadline", "The committee must schedule a residents' meeting with this initiative on its agenda by");
            desk.waitForText("#initiative-signers vaadin-grid-cell-content", "opened it");
            desk.screenshot("initiative-05-committee-en-1280");
            assertThat(fixture.notifications("committee@gridvoice.demo", "initiative.notify.threshold-met", id)).isEqualTo(1);
        }

        jdbc.sql("UPDATE initiative SET deadline_at = :past WHERE id = :i").param("past", LocalDateTime.now().minusMinutes(1))
                .param("i", id).update();
        deadlines.escalateOverdue();
        deadlines.escalateOverdue();

        try (Browser coordinator = new Browser(port, "zh-CN")) {
            coordinator.signIn("coordinator@gridvoice.demo", PASSWORD);
            coordinator.open("notifications");
            String text = "督办：居委会未在期限内就居民提议“" + title + "”安排会议。";
            coordinator.waitForText("vaadin-grid-cell-content", text);
            assertThat((Long) coordinator.js("return Array.from(document.querySelectorAll('vaadin-grid-cell-content'))"
                    + ".filter(c => c.textContent.includes(arguments[0])).length", text)).as("told once").isEqualTo(1L);
            coordinator.screenshot("initiative-06-coordinator-notified-1280");
            coordinator.open("initiatives/" + id);
            coordinator.waitForText("#initiative-escalated", "已督办");
            coordinator.waitForText(".initiative-status", "逾期已督办");
            coordinator.width(375);
            coordinator.js("document.querySelector('#initiative-escalated').scrollIntoView({block: 'center'})");
            coordinator.screenshot("initiative-07-escalated-375");
        }
        assertThat(fixture.notifications("coordinator@gridvoice.demo", "initiative.notify.escalated", id)).isEqualTo(1);
    }
}
