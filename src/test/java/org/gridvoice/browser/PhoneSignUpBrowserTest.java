package org.gridvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.gridvoice.account.PhoneCodes;
import org.gridvoice.account.domain.UserAccount;
import org.gridvoice.account.domain.UserAccountRepository;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A resident without email on a 375 px phone in Chinese: registers with only a mobile number and
 * lands signed in; a resident the committee registered signs in with a code and so takes the account
 * over. The code is read from the SMS outbox (sending it is the gateway's job, not under test here).
 */
@GridVoiceTest
class PhoneSignUpBrowserTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccountRepository users;
    @Autowired People people;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    private static String sessionId(Browser browser) {
        var cookie = browser.driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    private void sendAndEnterCode(Browser browser, String number, String submit) {
        browser.type(browser.field("vaadin-text-field", "手机号"), number);
        browser.click(browser.byText("vaadin-button", "发送验证码"));
        browser.waitForText("main p", "我们已向 " + number + " 发送 6 位验证码");
        assertThat(browser.shown("main p", "没有收到短信？短信可能需要一分钟。请检查上面的手机号是否正确，60 秒后可以重新获取验证码。"
                + "仍然收不到？请联系居委会：他们可以为您登记或核对号码。")).as("what to do if no SMS comes").isTrue();
        browser.type(browser.field("vaadin-text-field", "短信验证码"), PhoneCodes.lastCode(jdbc, number));
        browser.click(browser.byText("vaadin-button", submit));
    }

    private void assertSignedInOnThePhone(Browser browser, String sessionBefore) {
        browser.until(d -> !d.getCurrentUrl().contains("/register") && !d.getCurrentUrl().contains("/login"));
        browser.waitForVaadin();
        assertThat(browser.menu()).as("the signed-in menu").contains("个人资料");
        assertThat(sessionId(browser)).as("a new session id at sign-in").isNotNull().isNotEqualTo(sessionBefore);
        browser.open("profile");
        browser.waitFor(By.id("contacts"));
    }

    @Test
    void a_resident_signs_up_with_only_a_mobile_number_on_a_phone_and_lands_signed_in() {
        String number = PhoneCodes.newNumber();
        try (Browser browser = new Browser(port, "zh-CN")) {
            browser.open("register");
            browser.width(375);
            browser.clickRadio("使用手机号");
            // the phone form replaces the email form, which has a display name field too
            browser.field("vaadin-text-field", "手机号");
            browser.waitForVaadin();
            browser.type(browser.field("vaadin-text-field", "显示名称"), "赵阿姨");
            assertThat(Axe.violations(browser, "register with a mobile number")).as("no serious accessibility violations").isEmpty();
            assertThat(browser.js("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scroll").isEqualTo(true);
            String before = sessionId(browser);
            sendAndEnterCode(browser, number, "确认验证码并创建账户");

            assertSignedInOnThePhone(browser, before);
            browser.waitForText("#contacts p", "手机号：" + number + "（已验证）");
            assertThat(Axe.violations(browser, "profile with contacts")).as("no serious accessibility violations").isEmpty();
            assertThat(browser.js("return document.documentElement.scrollWidth <= window.innerWidth")).as("profile fits too").isEqualTo(true);
        }
        var account = users.findByPhone(PhoneCodes.e164(number)).orElseThrow();
        assertThat(account.getEmail()).isNull();
        assertThat(account.getDisplayName()).isEqualTo("赵阿姨");
        assertThat(account.isPhoneConfirmed()).isTrue();
    }

    @Test
    void a_resident_the_committee_registered_takes_the_account_over_by_signing_in_with_a_code() {
        String number = PhoneCodes.newNumber();
        Long staff = people.committeeOf(People.COMMUNITY_XINGFULI).id();
        UserAccount registered = users.save(UserAccount.withPhone(PhoneCodes.e164(number), "钱大爷", "zh-CN", LocalDateTime.now(), staff));
        jdbc.sql("INSERT INTO account_role_grant (user_id, role, granted_at) VALUES (:u, 'RESIDENT', NOW())").param("u", registered.getId()).update();
        try (Browser browser = new Browser(port, "zh-CN")) {
            browser.open("login");
            browser.width(375);
            browser.click(browser.byText("vaadin-details-summary", "用手机号和验证码登录"));
            assertThat(Axe.violations(browser, "login with the mobile number form open")).as("no serious accessibility violations").isEmpty();
            String before = sessionId(browser);
            sendAndEnterCode(browser, number, "验证码登录");

            assertSignedInOnThePhone(browser, before);
        }
        assertThat(users.findById(registered.getId()).orElseThrow().isPhoneConfirmed()).isTrue();
    }
}
