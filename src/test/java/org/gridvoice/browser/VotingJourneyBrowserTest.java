package org.gridvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gridvoice.account.ReasonForm;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.proposal.ProposalForm;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A vote from rules to recount in a real Chromium. The committee (English, desktop) sets approval
 * voting with k = 2 and a quorum; five demo residents of 梅园社区 vote on their phones (Chinese), one
 * changes their vote; a resident of another community cannot vote; the committee closes the vote
 * early; the result page shows the exact counts, the chart, the outcome statement and the chain
 * head; the published CSV files recount to the same numbers; a voter finds their receipt in them.
 */
@GridVoiceTest
class VotingJourneyBrowserTest {

    private static final String DEMO_PASSWORD = "gridvoice-demo";
    private static final Pattern RECEIPT = Pattern.compile("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");

    @LocalServerPort int port;
    @Autowired JourneyAccounts accounts;
    @Autowired ConsultationService consultations;
    @Autowired ProposalService proposals;
    @Autowired AuditLog audit;
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
    void residents_vote_one_changes_the_committee_closes_and_anyone_can_recount() throws Exception {
        String run = String.valueOf(System.nanoTime());
        String committee = accounts.account("voting-committee" + run, "Committee Chen");
        accounts.grant(committee, "COMMITTEE", People.COMMUNITY_MEIYUAN);
        Ballot ballot = ballotOfThreeProposals("梅园议题" + run);
        long electorate = jdbc.sql("SELECT COUNT(*) FROM account_residency WHERE status = 'APPROVED' AND grid_id IN (5, 6)")
                .query(Long.class).single();
        // the smallest whole percentage that five votes reach, so the journey's five voters make the quorum
        int quorum = (int) (500 / electorate);

        try (Browser desk = new Browser(port, "en"); Browser phone = new Browser(port, "zh-CN")) {
            // 1. The committee sets the rules (English, desktop).
            desk.signIn(committee, JourneyAccounts.PASSWORD);
            desk.open("consultations/" + ballot.consultation() + "/voting");
            desk.waitForText("main h3", "Voting rules");
            pick(desk, desk.field("vaadin-select", "Voting method"), "Approval: pick the proposals you support");
            replace(desk, desk.field("vaadin-integer-field", "Picks per voter (k)"), "2");
            replace(desk, desk.field("vaadin-integer-field", "Proposals accepted (m)"), "1");
            replace(desk, desk.field("vaadin-integer-field", "Quorum (%)"), String.valueOf(quorum));
            pick(desk, desk.field("vaadin-select", "When counts are shown"), "Counts are shown to you once you have voted.");
            desk.screenshot("voting-01-rules-1280");
            desk.click(desk.byText("vaadin-button", "Save rules"));
            desk.waitForText("vaadin-notification-card", "Voting rules saved.");
            desk.waitForText("main li", "Each voter picks up to 2; the 1 with the most approvals are accepted.");
            desk.waitForText("main li", "Valid only if at least " + quorum + "% of the electorate vote.");

            People.actAs(people.committeeOf(People.COMMUNITY_MEIYUAN));
            consultations.closePhaseEarly(ballot.consultation(), new ReasonForm("提案征集结束"));
            consultations.closePhaseEarly(ballot.consultation(), new ReasonForm("讨论结束，开始投票"));
            People.signOut();

            // 2. Five residents vote on their phones, in Chinese; the third changes their vote.
            Map<String, String> receipts = new HashMap<>();
            receipts.put("resident05", vote(phone, ballot, "resident05", "A", "B"));
            receipts.put("resident06", vote(phone, ballot, "resident06", "A"));
            String firstOfChanger = vote(phone, ballot, "resident11", "B", "C");
            phone.screenshot("voting-02-ballot-cast-375");
            untick(phone, ballot.title("B"));
            tick(phone, ballot.title("A"));
            phone.waitForText("#ballot-picked", "已选 2 / 2 项");
            phone.click(phone.byText("vaadin-button", "修改我的投票"));
            phone.waitForText("#ballot-confirmation", "投票已修改");
            String changed = receiptShown(phone, firstOfChanger);
            assertThat(changed).isNotEqualTo(firstOfChanger);
            receipts.put("resident11", changed);
            phone.waitForText("#live-table", ballot.title("A"));
            receipts.put("resident12", vote(phone, ballot, "resident12", "B"));
            receipts.put("resident17", vote(phone, ballot, "resident17", "A", "B"));

            // 3. A verified resident of 幸福里社区 is outside the scope and gets no ballot.
            phone.signOut();
            phone.signIn("resident02@gridvoice.demo", DEMO_PASSWORD);
            phone.open("consultations/" + ballot.consultation() + "/voting");
            phone.waitForText("#ballot p", "您不能在此投票：只有投票开始时议题范围内的认证居民可以投票。");
            assertThat(phone.shown("vaadin-button", "投票")).isFalse();
            assertThat(phone.shown("vaadin-checkbox", "我支持")).isFalse();
            phone.screenshot("voting-03-outside-the-scope-375");

            // 4. The committee closes the vote early with a reason, and publishes its statement.
            desk.open("consultations/" + ballot.consultation());
            desk.click(desk.byText("vaadin-button", "Close this phase early"));
            desk.type(desk.field("vaadin-text-area", "Reason"), "All households have been reached; the committee closes the vote.");
            desk.click(desk.byText("vaadin-button", "Close the phase now"));
            desk.waitForText("vaadin-notification-card", "is closed");
            desk.open("consultations/" + ballot.consultation() + "/voting");
            desk.waitForText("#result-turnout", "Turnout: 5 of " + electorate + " electors");
            desk.waitForText("#result-quorum", "Quorum of " + quorum + "% reached: the result is valid.");
            assertThat(rows(desk)).containsExactly(
                    List.of(ballot.title("A"), "4", "Accepted"),
                    List.of(ballot.title("B"), "3", "Not accepted"),
                    List.of(ballot.title("C"), "1", "Not accepted"));
            desk.until(d -> Boolean.TRUE.equals(desk.js("return !!document.querySelector('#result-chart svg')")));
            assertThat((String) desk.js("return document.querySelector('#result-chart svg').textContent"))
                    .as("the chart draws each proposal's count").contains(ballot.title("A"), "4", "3", "1");
            desk.type(desk.field("vaadin-text-area", "Outcome statement (Markdown)"),
                    "The committee forwards **" + ballot.title("A") + "** to the 梅园网格站 this week.");
            desk.click(desk.byText("vaadin-button", "Publish statement"));
            desk.click(desk.byText("vaadin-button[slot='confirm-button']", "Publish statement"));
            desk.waitForText("vaadin-notification-card", "Outcome statement published.");
            desk.waitForText("#result-statement strong", ballot.title("A"));
            desk.waitForText("#result-statement p", "Published by Committee Chen");
            String chainHead = (String) desk.js("return document.querySelector('#result-chain-head').textContent.trim()");
            assertThat(chainHead).isEqualTo(jdbc.sql("SELECT chain_head FROM voting_result WHERE consultation_id = :c")
                    .param("c", ballot.consultation()).query(String.class).single());
            assertThat(audit.verify().intact()).isTrue();
            desk.screenshot("voting-04-result-1280");

            // 5. Anyone recounts from the published files: the anonymised ballots give the published tallies.
            List<CSVRecord> ballots = csv(download(desk, "download-ballots"));
            assertThat(ballots).extracting(r -> r.get("receipt")).containsExactlyInAnyOrderElementsOf(receipts.values())
                    .doesNotContain(firstOfChanger);
            Map<String, Long> recount = new HashMap<>();
            for (String label : List.of("A", "B", "C")) {
                recount.put(label, ballots.stream().filter(r -> "1".equals(r.get("proposal_" + ballot.id(label)))).count());
            }
            assertThat(recount).isEqualTo(Map.of("A", 4L, "B", 3L, "C", 1L));
            List<CSVRecord> tallies = csv(download(desk, "download-tallies"));
            assertThat(tallies).extracting(r -> r.get("title"), r -> r.get("approvals"), r -> r.get("accepted")).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(ballot.title("A"), "4", "true"),
                    org.assertj.core.groups.Tuple.tuple(ballot.title("B"), "3", "false"),
                    org.assertj.core.groups.Tuple.tuple(ballot.title("C"), "1", "false"));

            // 6. The voter who changed finds their latest ballot under their receipt, in Chinese, on the phone.
            phone.signOut();
            phone.signIn("resident11@gridvoice.demo", DEMO_PASSWORD);
            phone.open("consultations/" + ballot.consultation() + "/voting");
            phone.waitForText("#result-quorum", "已达到 " + quorum + "% 的最低投票率，结果有效。");
            phone.waitForText("#result-statement strong", ballot.title("A"));
            WebElement receiptField = phone.field("vaadin-text-field", "回执码");
            assertThat(phone.js("return arguments[0].value", receiptField)).isEqualTo(changed);
            phone.click(phone.byText("vaadin-button", "核对"));
            phone.waitForText("#receipt-answer", "已在公布的选票中：" + ballot.title("A") + "、" + ballot.title("C"));
            phone.until(d -> Boolean.TRUE.equals(phone.js("return !!document.querySelector('#result-chart svg')")));
            phone.screenshot("voting-05-result-375");
        }
    }

    private record Ballot(Long consultation, Map<String, Long> ids, Map<String, String> titles) {
        Long id(String label) {
            return ids.get(label);
        }

        String title(String label) {
            return titles.get(label);
        }
    }

    /** A consultation of 梅园社区 for grids 5 and 6 with three qualified proposals, still in its proposals phase. */
    private Ballot ballotOfThreeProposals(String title) {
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        People.actAs(people.committeeOf(People.COMMUNITY_MEIYUAN));
        LocalDateTime open = LocalDateTime.now().minusHours(1);
        Long consultation = consultations.create(new ConsultationForm(People.COMMUNITY_MEIYUAN, title, "选出最急需的一项。",
                false, Set.of(5L, 6L), Set.of(environment), open, open.plusDays(14), open.plusDays(21), open.plusDays(28), 1));
        consultations.publish(consultation);
        SignedInUser author = people.verifiedResidentOf(5L);
        SignedInUser endorser = people.verifiedResidentOf(6L);
        Map<String, String> titles = Map.of("A", "菜场门口增设垃圾分类点", "B", "8 号楼加装扶手", "C", "绿地改建健身角");
        Map<String, Long> ids = new HashMap<>();
        for (String label : List.of("A", "B", "C")) {
            People.actAs(author);
            ids.put(label, proposals.create(new ProposalForm(consultation, titles.get(label), "说明", environment, null, null)));
            People.actAs(endorser);
            proposals.endorse(ids.get(label));
        }
        People.signOut();
        return new Ballot(consultation, ids, titles);
    }

    /** Signs a demo resident in on the phone, ticks the proposals and casts; returns the receipt shown afterwards. */
    private String vote(Browser phone, Ballot ballot, String resident, String... labels) {
        phone.signOut();
        phone.signIn(resident + "@gridvoice.demo", DEMO_PASSWORD);
        phone.width(375);
        phone.open("consultations/" + ballot.consultation() + "/voting");
        phone.waitForText("#ballot p", "请勾选您支持的提案，最多 2 项。");
        for (String label : labels) {
            tick(phone, ballot.title(label));
        }
        phone.waitForText("#ballot-picked", "已选 " + labels.length + " / 2 项");
        phone.click(phone.byText("vaadin-button", "投票"));
        phone.waitForText("#ballot-confirmation", "投票成功");
        // the confirmation with the receipt code is brought into sight below the button, even at the phone's bottom edge
        phone.until(d -> Boolean.TRUE.equals(phone.js(
                "const r = document.getElementById('ballot-confirmation').getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;")));
        return receiptShown(phone, null);
    }

    /** The receipt in the ballot's "your vote is in" line, once it differs from the one before. */
    private static String receiptShown(Browser phone, String previous) {
        return phone.until(d -> {
            Object text = phone.js("return document.querySelector('#ballot-receipt')?.textContent || ''");
            Matcher m = RECEIPT.matcher(String.valueOf(text));
            return m.find() && !m.group().equals(previous) ? m.group() : null;
        });
    }

    private static WebElement checkbox(Browser phone, String proposalTitle) {
        return phone.until(d -> (WebElement) phone.js("""
                return Array.from(document.querySelectorAll('#ballot vaadin-checkbox'))
                    .find(c => c.parentElement.textContent.includes(arguments[0]))?.querySelector('input') || null""", proposalTitle));
    }

    private static void tick(Browser phone, String proposalTitle) {
        WebElement box = checkbox(phone, proposalTitle);
        if (!box.isSelected()) {
            phone.click(box);
        }
        phone.until(d -> box.isSelected());
    }

    private static void untick(Browser phone, String proposalTitle) {
        WebElement box = checkbox(phone, proposalTitle);
        if (box.isSelected()) {
            phone.click(box);
        }
        phone.until(d -> !box.isSelected());
    }

    private static void pick(Browser browser, WebElement select, String item) {
        browser.click(select);
        browser.click(browser.byText("vaadin-select-item", item));
        browser.until(d -> item.equals(browser.js("return arguments[0].querySelector('vaadin-select-value-button')?.textContent.trim()"
                + " || arguments[0].shadowRoot.querySelector('[part=value], vaadin-select-value-button')?.textContent.trim()", select)));
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
                return Array.from(document.querySelectorAll('#result-table tbody tr'))
                    .map(tr => Array.from(tr.children).map(c => c.textContent.trim()))""");
    }

    /** Fetches what the download link points to, in the page (same session, same origin). */
    private static String download(Browser browser, String linkId) {
        return (String) browser.js("return fetch(document.getElementById(arguments[0]).href).then(r => r.text())", linkId);
    }

    private static List<CSVRecord> csv(String body) throws Exception {
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }
}
