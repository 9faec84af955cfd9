package org.gridvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridvoice.account.SignedInUser;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.gridvoice.voting.ResultVisibility;
import org.gridvoice.voting.VotingFixture;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.voting.VotingRulesForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * 现场投票 in a real Chromium at 375 px in Chinese: a committee member finds an elector at the desk,
 * records their paper ballot with a colleague as witness and gets the receipt code; the elector then
 * tries to vote online on their phone and is told to go to the committee.
 */
@GridVoiceTest
class PaperBallotBrowserTest {

    private static final String PASSWORD = "paper-journey-password";

    @LocalServerPort int port;
    @Autowired VotingFixture fixture;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    private void signsInWithPassword(SignedInUser user) {
        jdbc.sql("UPDATE account_user SET password_hash = :h, language = 'zh-CN' WHERE id = :u")
                .param("h", passwords.encode(PASSWORD)).param("u", user.id()).update();
    }

    @Test
    void staff_record_a_paper_ballot_with_a_witness_and_the_electors_online_ballot_is_then_refused() throws Exception {
        fixture.threeProposalsOnTheBallot("现场投票议题");
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        People.signOut();
        SignedInUser staff = fixture.committee;
        SignedInUser witness = people.committeeOf(People.COMMUNITY_XINGFULI);
        SignedInUser elector = fixture.voters[0];
        String name = "王阿姨" + (System.nanoTime() % 1_000_000);
        jdbc.sql("UPDATE account_user SET display_name = :n WHERE id = :u").param("n", name).param("u", elector.id()).update();
        for (SignedInUser user : new SignedInUser[] {staff, witness, elector}) {
            signsInWithPassword(user);
        }
        String voting = "consultations/" + fixture.consultation + "/voting";

        try (Browser desk = new Browser(port, "zh-CN"); Browser phone = new Browser(port, "zh-CN")) {
            desk.signIn(staff.email(), PASSWORD);
            desk.width(375);
            desk.open(voting);
            desk.click(desk.waitFor(By.id("voting-paper")));
            desk.waitForText("main h2", "现场投票：");
            desk.type(desk.field("vaadin-text-field", "选民：姓名或楼栋／单元／房号"), name);
            desk.click(desk.byText("vaadin-button", "查找"));
            desk.waitForText(".paper-elector", "尚未投票");
            desk.click(desk.byText("vaadin-button", "录入选票"));
            desk.waitForText("#paper-form h3", name + " 的纸质选票");
            desk.clickRadio("赞成");
            desk.type(desk.field("vaadin-text-field", "见证人登录名（邮箱或手机号）"), witness.email());
            desk.type(desk.field("vaadin-password-field", "见证人密码"), PASSWORD);
            desk.screenshot("paper-01-ballot-375");
            desk.click(desk.waitFor(By.id("paper-record")));
            desk.click(desk.byText("vaadin-button[slot='confirm-button']", "录入纸质选票"));
            desk.waitForText("#paper-receipt", "纸质选票已录入");
            String receipt = String.valueOf(desk.js("return document.querySelector('#paper-receipt-code').textContent"));
            assertThat(receipt).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
            desk.screenshot("paper-02-receipt-375");
            assertThat((Long) desk.js("return document.documentElement.scrollWidth")).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375L);

            phone.signIn(elector.email(), PASSWORD);
            phone.width(375);
            phone.open(voting);
            phone.waitForText("#ballot-on-paper", "您已在居委会现场投票；如需修改，请到居委会办理。");
            phone.waitForText("#ballot-receipt", receipt);
            phone.clickRadio("反对");
            phone.click(phone.byText("vaadin-button", "修改我的投票"));
            phone.waitForText("vaadin-notification-card", "您已在居委会现场投票；如需修改，请到居委会办理。");
            phone.screenshot("paper-03-online-refused-375");
        }
        assertThat(jdbc.sql("SELECT channel FROM voting_ballot WHERE consultation_id = :c").param("c", fixture.consultation)
                .query(String.class).list()).as("one ballot, the paper one").containsExactly("PAPER");
    }
}
