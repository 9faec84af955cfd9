package org.gridvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The demo roles in a real Chromium: what each sees in the menu, and the verification of the demo resident. */
@GridVoiceTest
class DemoJourneyBrowserTest {

    private static final String PASSWORD = "gridvoice-demo";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwordEncoder;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @Test
    void each_demo_role_sees_its_own_menu() {
        try (Browser browser = new Browser(port, "zh-CN")) {
            browser.open("");
            assertThat(browser.menu()).as("visitor").containsExactly("首页", "诉求", "议题", "居民会议", "居民提议", "问卷", "需求洞察", "处理公示", "工单跟踪", "责任清单", "部门考核");

            assertMenu(browser, "resident02@gridvoice.demo", List.of("首页", "诉求", "提交诉求", "议题", "居民会议", "居民提议", "问卷", "需求洞察", "处理公示", "工单跟踪", "责任清单", "居民认证", "部门考核", "个人资料"));
            assertMenu(browser, "committee@gridvoice.demo", List.of("首页", "诉求", "提交诉求", "议题", "居民会议", "居民提议", "问卷", "需求洞察", "处理公示", "工单跟踪", "责任清单", "居民认证", "认证审核", "举报处理", "代录", "部门考核", "个人资料"));
            assertMenu(browser, "officer@gridvoice.demo", List.of("首页", "诉求", "提交诉求", "议题", "居民会议", "居民提议", "问卷", "需求洞察", "处理公示", "工单跟踪", "责任清单", "居民认证", "代录", "部门考核", "工单收件箱", "我的网格站", "个人资料"));
            assertMenu(browser, "lead@gridvoice.demo", List.of("首页", "诉求", "提交诉求", "议题", "居民会议", "居民提议", "问卷", "需求洞察", "处理公示", "工单跟踪", "责任清单", "居民认证", "代录", "部门考核", "工单收件箱", "我的网格站", "个人资料"));
            assertMenu(browser, "admin@gridvoice.demo",
                    List.of("首页", "诉求", "提交诉求", "议题", "居民会议", "居民提议", "问卷", "需求洞察", "处理公示", "工单跟踪", "责任清单", "居民认证", "部门考核", "街道社区网格", "网格站与科室", "问题分类", "账户与角色", "审计链", "Open311 接口客户端", "个人信息查阅记录", "短信（开发）", "个人资料"));
        }
    }

    private static void assertMenu(Browser browser, String email, List<String> expected) {
        browser.signOut();
        browser.signIn(email, PASSWORD);
        assertThat(browser.menu()).as(email).containsExactlyElementsOf(expected);
    }

    @Test
    void the_committee_approves_the_demo_resident_who_then_sees_verified_in_both_languages_and_on_a_phone() throws Exception {
        try (Browser browser = new Browser(port, "zh-CN")) {
            browser.signIn("resident@gridvoice.demo", PASSWORD);
            browser.waitForText(".gv-residency-status", "待审核");

            browser.signOut();
            browser.signIn("committee@gridvoice.demo", PASSWORD);
            browser.open("committee/verifications");
            browser.waitFor(By.cssSelector("vaadin-button[aria-label='通过 周小梅 的申请']")).click();
            browser.waitForText("vaadin-notification-card", "周小梅 已成为认证居民。");
            browser.screenshot("committee-queue-1280");

            browser.signOut();
            browser.signIn("resident@gridvoice.demo", PASSWORD);
            browser.waitForText(".gv-residency-status", "已认证");
            browser.screenshot("resident-home-zh-1280");
            browser.width(375);
            browser.open("residency");
            browser.waitForText(".gv-residency-status", "已认证");
            assertThat(browser.js("return document.querySelector('vaadin-app-layout').hasAttribute('overlay')"))
                    .as("the drawer folds away on a phone").isEqualTo(true);
            browser.screenshot("resident-residency-zh-375");

            browser.js("const s = document.querySelector('vaadin-select.gv-language'); s.value = '2';");
            browser.waitForText(".gv-residency-status", "Verified");
            browser.screenshot("resident-residency-en-375");
            browser.width(1280);
            browser.open("");
            browser.waitForText(".gv-residency-status", "Verified");
            assertThat(browser.menu()).contains("My residency", "Initiatives", "Profile");
            browser.screenshot("resident-home-en-1280");

            browser.signOut();
            browser.signIn("resident@gridvoice.demo", PASSWORD);
            browser.waitForText(".gv-residency-status", "Verified");
            assertThat(browser.menu()).as("English is remembered for this user, though the browser asks for Chinese")
                    .contains("My residency");
        }
    }

    @Test
    void after_five_wrong_passwords_the_form_says_this_account_must_wait_and_how_long_whether_or_not_it_exists() throws Exception {
        String known = "paused" + System.nanoTime() + "@example.cn";
        jdbc.sql("""
                INSERT INTO account_user (email, password_hash, display_name, language, email_pref, email_confirmed, created_at)
                VALUES (:e, :h, '停一停', 'zh-CN', 'IMMEDIATE', TRUE, NOW())""")
                .param("e", known).param("h", passwordEncoder.encode("right-password")).update();
        String unknown = "nobody" + System.nanoTime() + "@example.cn";
        try (Browser browser = new Browser(port, "zh-CN")) {
            assertThat(browser.failedSignIn(known, "wrong")).isEqualTo("邮箱或密码错误，请检查后重试。");
            assertThat(browser.failedSignIn(unknown, "wrong")).isEqualTo("邮箱或密码错误，请检查后重试。");
            for (int i = 1; i < 5; i++) {
                browser.failedSignIn(known, "wrong-" + i);
                browser.failedSignIn(unknown, "wrong-" + i);
            }
            // as after a longer run of guesses, so that the browser's pace cannot outlast the wait
            jdbc.sql("UPDATE account_login_throttle SET locked_until = :until WHERE throttle_key IN (:a, :b)")
                    .param("until", java.time.LocalDateTime.now().plusMinutes(10))
                    .param("a", "account:" + known).param("b", "account:" + unknown).update();
            String forKnown = browser.failedSignIn(known, "right-password");
            String forUnknown = browser.failedSignIn(unknown, "right-password");
            assertThat(forKnown).isEqualTo("该账户登录失败次数过多。请等待 10 分钟后再试，或重置密码以立即登录。").isEqualTo(forUnknown);
            browser.screenshot("login-paused-zh-1280");
        }
    }
}
