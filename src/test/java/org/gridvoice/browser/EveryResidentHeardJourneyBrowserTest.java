package org.gridvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gridvoice.account.PhoneCodes;
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
 * Issue 14's whole journey in a real Chromium, in Chinese, at 375 px: the committee registers an
 * older resident without email or smartphone and enters a request for her; the code reaches her phone
 * (the SMS outbox, which the development gateway delivers), she reads it back, the request is
 * attested and routed into a case. A second resident signs up with only a mobile number and votes
 * online. A third elector comes to the committee: a paper ballot is recorded with a witness, and his
 * online ballot is refused afterwards. After the close the result page shows online and paper counts
 * that add up to the ballots CSV. Finally the older resident takes her account over with her phone,
 * downloads her data and deletes her account; the case she started still reads her words.
 */
@GridVoiceTest
class EveryResidentHeardJourneyBrowserTest {

    private static final String DEMO_COMMITTEE = "committee@gridvoice.demo";
    private static final String DEMO_PASSWORD = "gridvoice-demo";
    private static final String PASSWORD = "every-resident-password";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired VotingFixture fixture;
    @Autowired PasswordEncoder passwords;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void an_older_resident_a_phone_only_voter_and_a_paper_voter_are_all_heard_and_the_first_then_leaves() throws Exception {
        String unique = Long.toString(System.nanoTime() % 100_000_000L);
        String older = "孙奶奶" + unique.substring(0, 4);
        String olderNumber = "137" + String.format("%08d", Long.parseLong(unique));
        String words = "单元门禁坏了，老人进出要等邻居开门" + unique;
        String grid = jdbc.sql("SELECT CONCAT(c.name, ' · ', g.name) FROM place_grid g JOIN place_community c ON c.id = g.community_id"
                + " WHERE g.id = 1").query(String.class).single();
        fixture.threeProposalsOnTheBallot("人人都能参与");
        People.signOut();
        SignedInUser witness = fixture.committee;
        SignedInUser paperVoter = fixture.voters[0];
        String paperVoterName = "吴大爷" + unique.substring(0, 4);
        jdbc.sql("UPDATE account_user SET display_name = :n WHERE id = :u").param("n", paperVoterName).param("u", paperVoter.id()).update();
        for (SignedInUser user : new SignedInUser[] {witness, paperVoter}) {
            jdbc.sql("UPDATE account_user SET password_hash = :h, language = 'zh-CN' WHERE id = :u")
                    .param("h", passwords.encode(PASSWORD)).param("u", user.id()).update();
        }
        String voting = "consultations/" + fixture.consultation + "/voting";

        try (Browser desk = new Browser(port, "zh-CN"); Browser phone = new Browser(port, "zh-CN");
             Browser third = new Browser(port, "zh-CN"); Browser grandma = new Browser(port, "zh-CN")) {
            desk.signIn(DEMO_COMMITTEE, DEMO_PASSWORD);
            desk.width(375);

            // 1. The committee registers the older resident from her residency data, with her phone.
            StaffDeskSteps.registerResident(desk, older, grid, "7号楼", "2单元", "101", olderNumber);

            // 2. … enters her request, which waits for her: not filed, no case.
            StaffDeskSteps.enterRequest(desk, "幸福里 7 号楼 2 单元门口", words, false);
            Long olderId = jdbc.sql("SELECT id FROM account_user WHERE phone = :p").param("p", "+86" + olderNumber).query(Long.class).single();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM request WHERE author_id = :u").param("u", olderId).query(Integer.class).single())
                    .as("pending: not filed, not routed").isZero();

            // 3. The code goes to her phone; she reads it back and the staff member types it: attested and routed.
            StaffDeskSteps.attestByReadBack(desk, jdbc, olderNumber);
            Long caseId = jdbc.sql("SELECT case_id FROM request WHERE author_id = :u").param("u", olderId).query(Long.class).single();
            assertThat(caseId).as("the attested request is routed into a case").isNotNull();
            desk.screenshot("every-01-attested-375");

            // 4. A second resident signs up with only a mobile number; verified, she is an elector when voting opens.
            String phoneNumber = PhoneCodes.newNumber();
            phone.open("register");
            phone.width(375);
            phone.clickRadio("使用手机号");
            phone.type(phone.field("vaadin-text-field", "显示名称"), "郑阿姨" + unique.substring(0, 4));
            phone.type(phone.field("vaadin-text-field", "手机号"), phoneNumber);
            phone.click(phone.byText("vaadin-button", "发送验证码"));
            phone.waitForText("main p", "我们已向 " + phoneNumber + " 发送 6 位验证码");
            phone.type(phone.field("vaadin-text-field", "短信验证码"), PhoneCodes.lastCode(jdbc, phoneNumber));
            phone.click(phone.byText("vaadin-button", "确认验证码并创建账户"));
            phone.until(d -> !d.getCurrentUrl().contains("/register"));
            phone.waitForVaadin();
            assertThat(phone.menu()).as("signed in").contains("个人资料");
            Long phoneOnly = jdbc.sql("SELECT id FROM account_user WHERE phone = :p").param("p", PhoneCodes.e164(phoneNumber))
                    .query(Long.class).single();
            assertThat(jdbc.sql("SELECT email FROM account_user WHERE id = :u").param("u", phoneOnly).query(String.class).optional())
                    .as("no email at all").isEmpty();
            jdbc.sql("""
                    INSERT INTO account_residency (user_id, community_id, grid_id, building, unit, room, status, requested_at, decided_at)
                    SELECT :u, g.community_id, g.id, '8号楼', '1单元', '302', 'APPROVED', NOW(), NOW() FROM place_grid g WHERE g.id = 1""")
                    .param("u", phoneOnly).update();
            fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
            People.signOut();

            phone.open(voting);
            phone.clickRadio("赞成");
            phone.click(phone.byText("vaadin-button", "投票"));
            phone.waitForText("#ballot-confirmation", "投票成功");
            phone.screenshot("every-02-phone-only-voted-375");

            // 5. A third elector comes to the committee: a paper ballot, with a witness; his online ballot is then refused.
            desk.open(voting);
            desk.click(desk.waitFor(By.id("voting-paper")));
            desk.type(desk.field("vaadin-text-field", "选民：姓名或楼栋／单元／房号"), paperVoterName);
            desk.click(desk.byText("vaadin-button", "查找"));
            desk.waitForText(".paper-elector", "尚未投票");
            desk.click(desk.byText("vaadin-button", "录入选票"));
            desk.clickRadio("赞成");
            desk.type(desk.field("vaadin-text-field", "见证人登录名（邮箱或手机号）"), witness.email());
            desk.type(desk.field("vaadin-password-field", "见证人密码"), PASSWORD);
            desk.click(desk.waitFor(By.id("paper-record")));
            desk.click(desk.byText("vaadin-button[slot='confirm-button']", "录入纸质选票"));
            desk.waitForText("#paper-receipt", "纸质选票已录入");
            desk.screenshot("every-03-paper-receipt-375");

            third.signIn(paperVoter.email(), PASSWORD);
            third.width(375);
            third.open(voting);
            third.waitForText("#ballot-on-paper", "您已在居委会现场投票");
            third.clickRadio("反对");
            third.click(third.byText("vaadin-button", "修改我的投票"));
            third.waitForText("vaadin-notification-card", "您已在居委会现场投票；如需修改，请到居委会办理。");

            // 6. After the close, online and paper counts on the result page add up to the ballots CSV.
            fixture.closeEarly();
            People.signOut();
            third.open("consultations/" + fixture.consultation + "/voting");
            third.waitForText("#result-channels", "其中在线 1 票，现场纸质 1 票");
            third.screenshot("every-04-result-channels-375");
            Map<String, Long> byChannel = ballotsCsv().stream()
                    .collect(Collectors.groupingBy(r -> r.get("channel"), Collectors.counting()));
            assertThat(byChannel).as("the CSV's ballots by channel").isEqualTo(Map.of("online", 1L, "paper", 1L));

            // 7. The older resident takes her account over with her phone, downloads her data and deletes her account.
            grandma.open("login");
            grandma.width(375);
            grandma.click(grandma.byText("vaadin-details-summary", "用手机号和验证码登录"));
            grandma.type(grandma.field("vaadin-text-field", "手机号"), olderNumber);
            grandma.click(grandma.byText("vaadin-button", "发送验证码"));
            grandma.waitForText("main p", "我们已向 " + olderNumber + " 发送 6 位验证码");
            grandma.type(grandma.field("vaadin-text-field", "短信验证码"), PhoneCodes.lastCode(jdbc, olderNumber));
            grandma.click(grandma.byText("vaadin-button", "验证码登录"));
            grandma.until(d -> !d.getCurrentUrl().contains("/login"));
            grandma.waitForVaadin();
            grandma.open("profile");
            grandma.waitFor(By.id("my-data"));
            String json = String.valueOf(grandma.js("return fetch(document.querySelector('#my-data-json').href).then(r => r.text())"));
            assertThat(json).as("her data, downloaded").contains(words, "7号楼", "+86" + olderNumber);
            grandma.click(grandma.waitFor(By.id("delete-account")));
            grandma.type(grandma.waitFor(By.id("delete-account-confirmation")), older);
            grandma.click(grandma.waitFor(By.id("delete-account-confirm")));
            grandma.waitFor(By.id("account-deleted"));

            grandma.open("cases/" + caseId);
            grandma.waitForText("#case-residents-words", words);
            assertThat((String) grandma.js("return document.querySelector('main').innerText")).as("the person is gone").doesNotContain(older);
            assertThat(grandma.js("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scroll").isEqualTo(true);
            grandma.screenshot("every-05-case-after-erasure-375");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account_user WHERE phone = :p").param("p", "+86" + olderNumber).query(Long.class).single())
                .as("her number is erased").isZero();
    }

    private List<CSVRecord> ballotsCsv() throws Exception {
        HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/open-data/consultations/" + fixture.consultation
                        + "/ballots.csv")).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        String body = response.body().startsWith("\uFEFF") ? response.body().substring(1) : response.body();
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body)).getRecords();
    }
}
