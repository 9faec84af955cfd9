package org.gridvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridvoice.account.ReasonForm;
import org.gridvoice.account.Role;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.budgeting.FeasibilityForm;
import org.gridvoice.budgeting.FeasibilityService;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.proposal.ProposalForm;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.gridvoice.voting.BallotForm;
import org.gridvoice.voting.VoteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Participatory budgeting (民生微实事) in a real Chromium. The committee (English, desktop) makes a draft
 * consultation of 幸福里 a budget consultation of 200,000 yuan with a cap of 80,000 in the editor and sees
 * the five costed proposals wait for review; the grid station's officer (Chinese) finds one proposal's
 * review from its page and marks it not feasible with a reason; the committee saves budget voting rules;
 * three residents vote on phones 375 px wide (Chinese), one by keyboard, one of them cannot tick a project
 * that no longer fits; the close funds the projects by the stated rule (English), skipping the one that
 * no longer fits and funding a cheaper one after it; the funded projects are routed as cases; the office reports the
 * first one half done and resolves it with what it cost, and its page shows the progress and the spend.
 */
@GridVoiceTest
class BudgetJourneyBrowserTest {

    @LocalServerPort int port;
    @Autowired JourneyAccounts accounts;
    @Autowired ConsultationService consultations;
    @Autowired ProposalService proposals;
    @Autowired FeasibilityService feasibility;
    @Autowired VoteService votes;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    private static final long XINGFULI_STATION = 1L;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void a_budget_is_set_reviewed_voted_within_and_funded_by_the_stated_rule() throws Exception {
        String run = String.valueOf(System.nanoTime());
        String committeeEmail = accounts.account("budget-committee" + run, "Committee Lin");
        accounts.grant(committeeEmail, "COMMITTEE", People.COMMUNITY_XINGFULI);
        String officerEmail = accounts.account("budget-officer" + run, "Officer Fang");
        officeRole(officerEmail, "OFFICER", XINGFULI_STATION);
        chinese(officerEmail);
        List<String> phoneVoters = List.of(voter("budget-v1" + run, 1L), voter("budget-v2" + run, 2L), voter("budget-v3" + run, 1L));
        phoneVoters.forEach(this::chinese);
        SignedInUser committee = user(committeeEmail, Role.COMMITTEE);
        SignedInUser officer = user(officerEmail, Role.OFFICER);
        SignedInUser v4 = user(voter("budget-v4" + run, 2L), Role.RESIDENT);
        SignedInUser v5 = user(voter("budget-v5" + run, 1L), Role.RESIDENT);

        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        People.actAs(committee);
        LocalDateTime open = LocalDateTime.now().minusHours(1);
        Long consultation = consultations.create(new ConsultationForm(People.COMMUNITY_XINGFULI, "2027 年民生微实事" + run, "居民在 20 万元内选择项目。",
                false, Set.of(1L, 2L), Set.of(environment), open, open.plusDays(14), open.plusDays(21), open.plusDays(28), 1));
        People.signOut();

        List<String> violations = new java.util.ArrayList<>();
        try (Browser desk = new Browser(port, "en"); Browser phone = new Browser(port, "zh-CN")) {
            // 1. The committee makes it a budget consultation in the editor (English, desktop).
            desk.signIn(committeeEmail, JourneyAccounts.PASSWORD);
            desk.open("consultations/editor/" + consultation);
            desk.waitForText("main h3", "Participatory budget");
            desk.click((WebElement) desk.js("return document.querySelector('#budget-enabled input')"));
            replace(desk, desk.field("vaadin-integer-field", "Total budget"), "200000");
            replace(desk, desk.field("vaadin-integer-field", "Most per project (optional)"), "80000");
            desk.screenshot("budget-01-editor-1280");
            desk.click(desk.byText("vaadin-button", "Save"));
            desk.waitForText("#consultation-budget", "Budget: 200,000 yuan, at most 80,000 yuan per project");
            assertThat(consultations.budget(consultation)).hasValueSatisfying(b -> {
                assertThat(b.totalYuan()).isEqualTo(200_000L);
                assertThat(b.maxProjectYuan()).isEqualTo(80_000L);
            });

            People.actAs(committee);
            consultations.publish(consultation);
            SignedInUser author = people.verifiedResidentOf(1L);
            SignedInUser endorser = people.verifiedResidentOf(2L);
            Map<String, Long> ids = new LinkedHashMap<>();
            Map<String, String> titles = Map.of("P1", "老年活动室添置康复器材", "P2", "楼道照明改造", "P3", "口袋花园和休息座椅",
                    "P4", "垃圾厢房加装洗手池", "P5", "地下车库改建活动中心");
            Map<String, Long> costs = Map.of("P1", 80_000L, "P2", 60_000L, "P3", 70_000L, "P4", 30_000L, "P5", 50_000L);
            for (String label : List.of("P1", "P2", "P3", "P4", "P5")) {
                People.actAs(author);
                Long id = proposals.create(new ProposalForm(consultation, titles.get(label), "说明", environment, 1L, null, false,
                        costs.get(label)));
                People.actAs(endorser);
                proposals.endorse(id);
                ids.put(label, id);
            }
            People.actAs(committee);
            consultations.closePhaseEarly(consultation, new ReasonForm("征集结束"));
            People.signOut();

            // the committee sees that all five wait for review
            desk.open("consultations/" + consultation);
            desk.click(desk.byText("a", "Projects and feasibility review →"));
            desk.waitForText("#budget-pending", "5 qualified proposals still wait for review.");
            desk.waitForText("#budget-money", "Budget: 200,000 yuan, at most 80,000 yuan per project");

            // 2. The grid station's officer reviews: four feasible (as before, through the service), and one not, on the screen.
            People.actAs(officer);
            for (String label : List.of("P1", "P2", "P3", "P4")) {
                feasibility.review(ids.get(label), new FeasibilityForm(true, "可行，网格站已现场查看。", null, null));
            }
            People.signOut();
            phone.signIn(officerEmail, JourneyAccounts.PASSWORD);
            phone.open("proposals/" + ids.get("P5"));
            phone.waitForText("#proposal-cost", "费用估算：50,000 元");
            phone.click(phone.byText("a", "查看可行性评估 →"));
            phone.waitForText("#budget-focus", titles.get("P5"));
            phone.click((WebElement) phone.js("return document.querySelector('#budget-focus vaadin-button')"));
            phone.until(d -> Boolean.TRUE.equals(phone.js("return !!document.querySelector('#review-dialog') || "
                    + "!!document.querySelector('vaadin-dialog-overlay[opened]')")));
            // saving without a verdict and reason is refused on the spot
            phone.click(phone.byText("vaadin-button", "保存评估"));
            phone.until(d -> Boolean.TRUE.equals(phone.js("return document.querySelector('#review-reason').invalid")));
            phone.clickRadio("不可行");
            String reason = "车库产权属开发商，改变用途需规划审批，超出民生微实事范围。";
            phone.type(phone.field("vaadin-text-area", "理由（公开）"), reason);
            phone.screenshot("budget-02-review-dialog-1280");
            phone.click(phone.byText("vaadin-button", "保存评估"));
            phone.waitForText("vaadin-notification-card", "评估已公开。");
            phone.waitForText("#budget-focus .budget-verdict", "不可行");
            phone.waitForText("#budget-focus .budget-reason", "理由：" + reason);
            phone.waitForText("#budget-focus .budget-reviewer", "评估：幸福里网格站");
            phone.width(375);
            assertNoSidewaysScroll(phone);
            phone.screenshot("budget-02b-projects-375");
            violations.addAll(Axe.violations(phone, "projects page [zh-CN, 375 px]"));

            desk.open("consultations/" + consultation + "/budget");
            desk.waitForText("#budget-pending", "Every qualified proposal has been reviewed.");
            desk.waitForGridText(reason);
            desk.screenshot("budget-03-projects-1280");
            violations.addAll(Axe.violations(desk, "projects page [en, 1280 px]"));

            // 3. The committee saves the budget voting rules (the only method a budget consultation has).
            desk.open("consultations/" + consultation + "/voting");
            desk.waitForText("main h3", "Voting rules");
            desk.click(desk.byText("vaadin-button", "Save rules"));
            desk.waitForText("vaadin-notification-card", "Voting rules saved.");
            desk.waitForText("main li", "Each voter picks projects whose costs add up to at most 200,000 yuan.");
            People.actAs(committee);
            consultations.closePhaseEarly(consultation, new ReasonForm("开始投票"));
            People.signOut();

            // two residents voted before the journey's three
            People.actAs(v4);
            votes.cast(consultation, new BallotForm(Map.of(ids.get("P1"), 1, ids.get("P2"), 1)));
            People.actAs(v5);
            votes.cast(consultation, new BallotForm(Map.of(ids.get("P3"), 1)));
            People.signOut();

            // 4. Three residents vote on phones; the first cannot add a project that no longer fits.
            phone.signOut();
            signInOnPhone(phone, phoneVoters.get(0), consultation);
            assertThat(phone.shown("#ballot a", titles.get("P5"))).as("a project not feasible is not on the ballot").isFalse();
            phone.waitForText("#ballot-remaining", "剩余预算：200,000 元 / 共 200,000 元");
            tick(phone, titles.get("P1"), false);
            tick(phone, titles.get("P2"), false);
            phone.waitForText("#ballot-remaining", "剩余预算：60,000 元 / 共 200,000 元（已选 2 项，140,000 元）");
            WebElement tooDear = checkbox(phone, titles.get("P3"));
            phone.until(d -> Boolean.TRUE.equals(phone.js("return arguments[0].closest('vaadin-checkbox').hasAttribute('disabled')", tooDear)));
            phone.waitForText("#ballot vaadin-checkbox", "需 70,000 元，超出剩余预算 60,000 元");
            phone.js("arguments[0].click()", tooDear);
            assertThat(tooDear.isSelected()).as("a project over the remaining budget cannot be ticked").isFalse();
            tick(phone, titles.get("P4"), false);
            phone.waitForText("#ballot-remaining", "剩余预算：30,000 元 / 共 200,000 元（已选 3 项，170,000 元）");
            assertThat(phone.js("return document.querySelector('#ballot-remaining').getAttribute('aria-live')")).isEqualTo("polite");
            assertNoSidewaysScroll(phone);
            phone.screenshot("budget-04-ballot-375");
            violations.addAll(Axe.violations(phone, "budget ballot [zh-CN, 375 px]"));
            cast(phone);

            signInOnPhone(phone, phoneVoters.get(1), consultation);
            tick(phone, titles.get("P1"), true);
            tick(phone, titles.get("P2"), true);
            phone.waitForText("#ballot-remaining", "剩余预算：60,000 元");
            cast(phone);

            signInOnPhone(phone, phoneVoters.get(2), consultation);
            tick(phone, titles.get("P1"), false);
            tick(phone, titles.get("P3"), false);
            phone.waitForText("#ballot-remaining", "剩余预算：50,000 元");
            cast(phone);

            // 5. The close funds by the rule: P1 and P2 fit, P3 no longer does and is skipped, the cheaper P4 still fits.
            People.actAs(committee);
            consultations.closePhaseEarly(consultation, new ReasonForm("投票结束"));
            People.signOut();
            desk.open("consultations/" + consultation + "/voting");
            desk.waitForText("#budget-result-rule", "Projects are taken in order of votes, most first.");
            desk.waitForText("#budget-result-rule", "a project that does not fit is skipped and the next, cheaper projects are still tried");
            assertThat(rows(desk)).containsExactly(
                    List.of("1", titles.get("P1"), "4", "80,000 yuan", "Funded", "120,000 yuan"),
                    List.of("2", titles.get("P2"), "3", "60,000 yuan", "Funded", "60,000 yuan"),
                    List.of("3", titles.get("P3"), "2", "70,000 yuan", "Skipped: did not fit", "60,000 yuan"),
                    List.of("4", titles.get("P4"), "1", "30,000 yuan", "Funded", "30,000 yuan"));
            desk.waitForText("#budget-result-total", "Funded: 170,000 yuan of 200,000 yuan (3 projects); 30,000 yuan remain.");
            desk.until(d -> Boolean.TRUE.equals(desk.js("return !!document.querySelector('#result-chart svg')")));
            desk.js("document.querySelector('#budget-result').scrollIntoView()");
            desk.screenshot("budget-05-result-1280");
            violations.addAll(Axe.violations(desk, "budget result [en, 1280 px]"));

            // the same result on a phone, in Chinese
            phone.open("consultations/" + consultation + "/voting");
            phone.waitForText("#budget-result-total", "已资助 170,000 元 / 共 200,000 元（3 个项目）；剩余 30,000 元。");
            phone.waitForText("#budget-result-table", "跳过：预算不足");
            assertNoSidewaysScroll(phone);
            phone.js("document.querySelector('#budget-result-table').scrollIntoView()");
            phone.screenshot("budget-06-result-375");
            violations.addAll(Axe.violations(phone, "budget result [zh-CN, 375 px]"));

            // 6. The funded projects are routed to the office as cases.
            long before = jdbc.sql("SELECT COUNT(*) FROM casework_case WHERE consultation_id = :c").param("c", consultation)
                    .query(Long.class).single();
            assertThat(before).isZero();
            desk.click(desk.byText("a", "Route the accepted proposals to the offices →"));
            desk.waitForText("main h2", "Route accepted proposals");
            desk.click(desk.byText("vaadin-button", "Route all"));
            desk.click(desk.byText("vaadin-button[slot='confirm-button']", "Route all"));
            desk.waitForText("vaadin-notification-card", "3 cases routed.");
            assertThat(jdbc.sql("SELECT proposal_id FROM casework_case WHERE consultation_id = :c ORDER BY proposal_id")
                    .param("c", consultation).query(Long.class).list()).containsExactly(ids.get("P1"), ids.get("P2"), ids.get("P4"));
            desk.screenshot("budget-07-routed-1280");

            // 7. The grid station's officer (Chinese) takes up the first funded project, reports it half done, then done
            // with what it cost; residents read the progress on the case page.
            Long funded = jdbc.sql("SELECT id FROM casework_case WHERE proposal_id = :p").param("p", ids.get("P1")).query(Long.class).single();
            phone.signOut();
            phone.signIn(officerEmail, JourneyAccounts.PASSWORD);
            phone.open("cases/" + funded);
            phone.waitForText("#case-budget", "投票确定的预算：80,000 元");
            phone.waitForText("#case-budget-percent", "进度：0%");
            phone.click(phone.byText("vaadin-button", "受理工单"));
            phone.click(phone.byText("vaadin-button[slot='confirm-button']", "受理工单"));
            phone.waitForText("vaadin-notification-card", "已受理工单。");
            phone.click(phone.waitFor(org.openqa.selenium.By.id("case-progress")));
            phone.type(phone.waitFor(org.openqa.selenium.By.id("progress-title")), "康复器材已到货，安装过半");
            replace(phone, phone.waitFor(org.openqa.selenium.By.id("progress-percent")), "50");
            phone.click(phone.waitFor(org.openqa.selenium.By.id("progress-confirm")));
            phone.waitForText("#case-budget-percent", "进度：50%");
            phone.waitForText("#case-budget-milestones", "康复器材已到货，安装过半（50%");
            assertNoSidewaysScroll(phone);
            phone.js("document.querySelector('#case-budget').scrollIntoView()");
            phone.screenshot("budget-08-progress-375");
            violations.addAll(Axe.violations(phone, "funded case [zh-CN, 375 px]"));
            phone.click(phone.byText("vaadin-button", "标记办结"));
            phone.type(phone.field("vaadin-text-area", "办理结果（公开）"), "康复器材全部安装完毕，已开放使用。");
            phone.click(phone.byText("vaadin-button", "确认办结"));
            phone.until(d -> String.valueOf(phone.js("return document.getElementById('step-spent').errorMessage"))
                    .startsWith("请填写项目实际花费"));
            replace(phone, phone.waitFor(org.openqa.selenium.By.id("step-spent")), "76500");
            phone.click(phone.byText("vaadin-button", "确认办结"));
            phone.waitForText("#case-budget-percent", "进度：100%");
            phone.waitForText("#case-budget-spent", "实际花费：76,500 元（预算 80,000 元）");

            // a visitor reads the same in English
            desk.signOut();
            desk.open("cases/" + funded);
            desk.waitForText("#case-budget-percent", "Progress: 100 %");
            desk.waitForText("#case-budget-spent", "Spent: 76,500 yuan of 80,000 yuan");
            desk.waitForText("#case-budget-milestones", "康复器材已到货，安装过半 (50 %");
            desk.screenshot("budget-09-case-done-1280");
        }
        assertThat(violations).as("axe finds no serious or critical problem on the budget screens").isEmpty();
    }

    /** A confirmed resident verified in the grid who signs in with the journey password; returns the email. */
    private String voter(String name, long grid) {
        String email = accounts.account(name, "Resident " + name);
        accounts.resideIn(email, grid);
        return email;
    }

    private void chinese(String email) {
        jdbc.sql("UPDATE account_user SET language = 'zh-CN' WHERE email = :e").param("e", email).update();
    }

    private void officeRole(String email, String role, long officeId) {
        jdbc.sql("""
                INSERT INTO account_role_grant (user_id, role, community_id, office_id, granted_at)
                SELECT id, :r, NULL, :o, NOW() FROM account_user WHERE email = :e""")
                .param("r", role).param("o", officeId).param("e", email).update();
    }

    private SignedInUser user(String email, Role role) {
        Long id = jdbc.sql("SELECT id FROM account_user WHERE email = :e").param("e", email).query(Long.class).single();
        return new SignedInUser(id, email, email, true, EnumSet.of(Role.RESIDENT, role), null);
    }

    private static void signInOnPhone(Browser phone, String email, Long consultation) {
        phone.signOut();
        phone.signIn(email, JourneyAccounts.PASSWORD);
        phone.width(375);
        phone.open("consultations/" + consultation + "/voting");
        phone.waitForText("#ballot p", "勾选您希望资助的项目，所选项目费用合计不得超过预算");
    }

    private static void cast(Browser phone) {
        phone.click(phone.byText("vaadin-button", "投票"));
        phone.waitForText("#ballot-confirmation", "投票成功");
        phone.waitForText("#ballot-receipt", "-");
    }

    private static WebElement checkbox(Browser phone, String title) {
        return phone.until(d -> (WebElement) phone.js("""
                return Array.from(document.querySelectorAll('#ballot vaadin-checkbox'))
                    .find(c => c.parentElement.textContent.includes(arguments[0]))?.querySelector('input') || null""", title));
    }

    /** Ticks the project's box, with the mouse or (as a keyboard user does) by focusing it and pressing space. */
    private static void tick(Browser phone, String title, boolean keyboard) {
        WebElement box = checkbox(phone, title);
        if (keyboard) {
            phone.js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", box);
            box.sendKeys(Keys.SPACE);
        } else {
            phone.click(box);
        }
        phone.until(d -> box.isSelected());
    }

    private static void assertNoSidewaysScroll(Browser phone) {
        assertThat(((Number) phone.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue())
                .as("nothing scrolls sideways at 375 px").isLessThanOrEqualTo(0);
    }

    private static void replace(Browser browser, WebElement field, String text) {
        WebElement input = (WebElement) browser.js("return arguments[0].querySelector('input')", field);
        browser.click(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        browser.until(d -> text.equals(browser.js("return arguments[0].value", input)));
        browser.js("arguments[0].blur()", input);
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> rows(Browser browser) {
        return (List<List<String>>) browser.js("""
                return Array.from(document.querySelectorAll('#budget-result-table tbody tr'))
                    .map(tr => Array.from(tr.children).map(c => c.textContent.trim()))""");
    }
}
