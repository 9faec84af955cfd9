package org.gridvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridvoice.account.ReasonForm;
import org.gridvoice.account.Role;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.discussion.CommentForm;
import org.gridvoice.discussion.DiscussionService;
import org.gridvoice.discussion.Stance;
import org.gridvoice.proposal.ProposalForm;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.shared.ContentRef;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.gridvoice.voting.BallotForm;
import org.gridvoice.voting.VoteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The loop closed in a real Chromium: a vote accepts two proposals; the committee (Chinese, desktop)
 * routes them; the responsibility list sends them to 幸福里网格站 with the residents' words intact;
 * its officer accepts one and its lead transfers it with a public reason (English, phone); the
 * street's city management office resolves it (Chinese); proposer and endorser confirm and rate on
 * their phones and the case closes; the office's scorecard moves. The other case is left alone,
 * passes its deadline and is escalated once by the scheduled job.
 */
@GridVoiceTest
class CaseworkJourneyBrowserTest {

    private static final String DEMO_PASSWORD = "gridvoice-demo";
    private static final long XINGFULI_STATION = 1L;

    @LocalServerPort int port;
    @Autowired JourneyAccounts accounts;
    @Autowired ConsultationService consultations;
    @Autowired ProposalService proposals;
    @Autowired DiscussionService discussion;
    @Autowired VoteService votes;
    @Autowired People people;
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
    void an_accepted_proposal_is_routed_worked_transferred_resolved_confirmed_and_closed() throws Exception {
        String run = String.valueOf(System.nanoTime());
        String committee = accounts.account("cw-committee" + run, "Committee Xu");
        accounts.grant(committee, "COMMITTEE", People.COMMUNITY_XINGFULI);
        jdbc.sql("UPDATE account_user SET language = 'zh-CN' WHERE email = :e").param("e", committee).update();
        String author = accounts.account("cw-author" + run, "Author Gao");
        accounts.resideIn(author, 1L);
        String endorser = accounts.account("cw-endorser" + run, "Endorser Ma");
        accounts.resideIn(endorser, 2L);
        String officer = accounts.account("cw-officer" + run, "Officer Hu");
        String lead = accounts.account("cw-lead" + run, "Lead Tang");
        officeRole(lead, "OFFICE_LEAD", XINGFULI_STATION);
        officeRole(officer, "OFFICER", XINGFULI_STATION);

        String words = "东门的垃圾桶每逢周末就满溢，建议增加到 3 个并每天清运两次。" + run;
        Long consultation = acceptedProposals(committee, author, endorser, words);
        long before = jdbc.sql("SELECT COUNT(*) FROM casework_case").query(Long.class).single();

        try (Browser desk = new Browser(port, "zh-CN"); Browser phone = new Browser(port, "en")) {
            // 1. The committee routes both accepted proposals from the result page.
            desk.signIn(committee, JourneyAccounts.PASSWORD);
            desk.open("consultations/" + consultation + "/voting");
            desk.click(desk.byText("a", "将通过的提案转交责任部门 →"));
            desk.waitForText("main h2", "转交通过的提案");
            desk.waitForText("main p", "将转交幸福里网格站：24 小时内响应");
            desk.type(desk.field("vaadin-text-area", "给部门的留言（可选）"), "居民很关心，请尽快处理。");
            desk.click(desk.byText("vaadin-button", "全部转交"));
            desk.click(desk.byText("vaadin-button[slot='confirm-button']", "全部转交"));
            desk.waitForText("vaadin-notification-card", "已转交 2 件工单。");
            desk.waitForText("main a", "承办：幸福里网格站");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM casework_case").query(Long.class).single()).isEqualTo(before + 2);
            Long caseId = jdbc.sql("SELECT id FROM casework_case WHERE snap_body = :b").param("b", words).query(Long.class).single();
            Long leftAlone = jdbc.sql("SELECT id FROM casework_case WHERE consultation_id = :c AND id <> :id").param("c", consultation)
                    .param("id", caseId).query(Long.class).single();
            desk.screenshot("casework-01-routed-1280");
            desk.open("cases/" + caseId);
            desk.waitForText("#case-standing p", "承办部门：幸福里网格站");
            desk.waitForText("#case-residents-words", words);
            desk.waitForText("#case-snapshot", "支持意见（获赞最多）");
            desk.waitForText("#case-standing p", "居委会留言：居民很关心，请尽快处理。");

            // 2. On a phone, in English: the grid station's officer accepts, its lead transfers with a public reason.
            phone.signIn(officer, JourneyAccounts.PASSWORD);
            phone.width(375);
            phone.open("office/cases");
            phone.waitForGridText("Case " + caseId);
            phone.open("cases/" + caseId);
            phone.click(phone.byText("vaadin-button", "Accept the case"));
            phone.click(phone.byText("vaadin-button[slot='confirm-button']", "Accept the case"));
            phone.waitForText("#case-timeline", "accepted the case");
            assertThat(phone.shown("vaadin-button", "Transfer")).as("transfers are the lead's").isFalse();
            phone.screenshot("casework-02-accepted-375");
            phone.signOut();
            phone.signIn(lead, JourneyAccounts.PASSWORD);
            phone.open("cases/" + caseId);
            phone.click(phone.byText("vaadin-button", "Transfer"));
            phone.pick(phone.field("vaadin-select", "Office"), "新华路街道城管科");
            String reason = "The bins at the east gate are on the street, which the city management office keeps.";
            phone.type(phone.field("vaadin-text-area", "Reason (public)"), reason);
            phone.click(phone.byText("vaadin-button", "Transfer now"));
            phone.waitForText("#case-standing p", "Handled by: 新华路街道城管科");
            phone.signOut();
            phone.open("cases/" + caseId);
            phone.waitForText("#case-timeline", reason);
            phone.waitForText("#case-timeline", "transferred the case to 新华路街道城管科");
            phone.screenshot("casework-03-transferred-public-375");

            // the scorecard before the city management office resolves it
            desk.signOut();
            desk.open("scorecards");
            String rowBefore = scorecardRow(desk, "新华路街道城管科");

            // 3. The city management office accepts and resolves (Chinese, desktop).
            desk.signIn("officer.chengguan@gridvoice.demo", DEMO_PASSWORD);
            desk.open("cases/" + caseId);
            desk.click(desk.byText("vaadin-button", "受理工单"));
            desk.click(desk.byText("vaadin-button[slot='confirm-button']", "受理工单"));
            desk.waitForText("#case-timeline", "受理了工单");
            desk.click(desk.byText("vaadin-button", "标记办结"));
            desk.type(desk.field("vaadin-text-area", "办理结果（公开）"), "东门已增设 3 个垃圾桶，清运改为每天两次。");
            desk.click(desk.byText("vaadin-button", "确认办结"));
            desk.waitForText("main span", "已办结，待居民确认");
            desk.screenshot("casework-04-resolved-1280");

            // 4. Proposer and endorser confirm and rate on their phones; the case closes.
            for (var answer : List.of(Map.entry(author, "Satisfied"), Map.entry(endorser, "Fairly satisfied"))) {
                phone.signOut();
                phone.signIn(answer.getKey(), JourneyAccounts.PASSWORD);
                phone.open("cases/" + caseId);
                phone.waitForText("#case-feedback h3", "Is it resolved?");
                phone.clickRadio("Resolved");
                phone.clickRadio(answer.getValue());
                phone.click(phone.byText("vaadin-button", "Send my answer"));
                phone.waitForText("vaadin-notification-card", "Your answer is recorded.");
            }
            phone.waitForText("main span", "Closed");
            phone.waitForText("#case-feedback-tally", "Resolved: 2");
            phone.waitForText("#case-timeline", "Closed after the residents’ confirmation");
            phone.screenshot("casework-05-closed-375");
            // the proposal's own page follows its case: closed, with its result and its case linked
            Long proposal = jdbc.sql("SELECT proposal_id FROM casework_case WHERE id = :id").param("id", caseId).query(Long.class).single();
            phone.open("proposals/" + proposal);
            phone.waitForText("main span", "Closed");
            phone.waitForText("main a", "Case #" + caseId + " at 新华路街道城管科: closed");
            phone.waitForText("main a", "Yes 2 · No 0 · Abstain 0 — see the result");
            phone.screenshot("casework-05b-proposal-closed-375");

            desk.signOut();
            desk.open("scorecards");
            String rowAfter = scorecardRow(desk, "新华路街道城管科");
            assertThat(rowAfter).as("the office scorecard moves").isNotEqualTo(rowBefore);
            desk.screenshot("casework-06-scorecards-1280");

            // 5. The other case is left alone: past its deadline, the job escalates it, once.
            jdbc.sql("UPDATE casework_case SET response_due_at = :r, resolution_due_at = :s WHERE id = :id")
                    .param("r", LocalDateTime.now().minusDays(20)).param("s", LocalDateTime.now().minusDays(10)).param("id", leftAlone).update();
            desk.open("cases/" + leftAlone);
            desk.until(d -> {
                desk.open("cases/" + leftAlone);
                return Boolean.TRUE.equals(desk.js("return document.querySelector('#case-timeline').textContent.includes('已督办')"));
            });
            desk.waitForText("main span", "已督办");
            Thread.sleep(5000); // a few more runs of the job
            assertThat(jdbc.sql("SELECT COUNT(*) FROM casework_event WHERE case_id = :id AND kind = 'ESCALATED'").param("id", leftAlone)
                    .query(Integer.class).single()).isEqualTo(1);
            desk.screenshot("casework-07-escalated-1280");
        }
    }

    private void officeRole(String email, String role, long officeId) {
        jdbc.sql("""
                INSERT INTO account_role_grant (user_id, role, community_id, office_id, granted_at)
                SELECT id, :r, NULL, :o, NOW() FROM account_user WHERE email = :e""")
                .param("r", role).param("o", officeId).param("e", email).update();
    }

    /** A consultation of 幸福里 whose vote accepted two environment proposals; returns its id. */
    private Long acceptedProposals(String committeeEmail, String authorEmail, String endorserEmail, String words) {
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        SignedInUser committee = user(committeeEmail, Role.COMMITTEE);
        SignedInUser author = user(authorEmail, Role.RESIDENT);
        SignedInUser endorser = user(endorserEmail, Role.RESIDENT);
        People.actAs(committee);
        LocalDateTime open = LocalDateTime.now().minusHours(1);
        Long consultation = consultations.create(new ConsultationForm(People.COMMUNITY_XINGFULI, "东门环境整治", "说明", false,
                Set.of(1L, 2L), Set.of(environment), open, open.plusDays(14), open.plusDays(21), open.plusDays(28), 1));
        consultations.publish(consultation);
        People.actAs(author);
        Long bins = proposals.create(new ProposalForm(consultation, "东门增设垃圾桶", words, environment, null, "东门"));
        Long lights = proposals.create(new ProposalForm(consultation, "东门加装路灯", "东门晚上太暗。", environment, null, null));
        People.actAs(endorser);
        proposals.endorse(bins);
        proposals.endorse(lights);
        discussion.comment(new CommentForm(new ContentRef(ContentRef.PROPOSAL, bins), null, "非常需要，周末味道很大。", Stance.FOR));
        People.actAs(committee);
        consultations.closePhaseEarly(consultation, new ReasonForm("征集结束"));
        consultations.closePhaseEarly(consultation, new ReasonForm("开始投票"));
        for (SignedInUser voter : List.of(author, endorser)) {
            People.actAs(voter);
            votes.cast(consultation, new BallotForm(Map.of(bins, 1, lights, 1)));
        }
        People.actAs(committee);
        consultations.closePhaseEarly(consultation, new ReasonForm("投票结束"));
        People.signOut();
        return consultation;
    }

    private SignedInUser user(String email, Role role) {
        Long id = jdbc.sql("SELECT id FROM account_user WHERE email = :e").param("e", email).query(Long.class).single();
        return new SignedInUser(id, email, email, true, EnumSet.of(Role.RESIDENT, role), null);
    }

    private static String scorecardRow(Browser browser, String office) {
        browser.waitForText("main h2", "部门考核");
        return String.valueOf(browser.js("""
                const row = Array.from(document.querySelectorAll('#scorecard-offices tbody tr'))
                    .find(tr => tr.textContent.includes(arguments[0]));
                return row ? row.textContent : '';""", office));
    }
}
