package org.gridvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gridvoice.account.Role;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.casework.CaseRoutingService;
import org.gridvoice.casework.CaseWorkflow;
import org.gridvoice.casework.RouteForm;
import org.gridvoice.casework.TransferForm;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.gridvoice.voting.ResultVisibility;
import org.gridvoice.voting.VotingFixture;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.voting.VotingRulesForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Someone with database access rewrites a case's history, in a real Chromium. A visitor's "verify
 * this case" names the step whose note was changed; then the chain entry covering a step is altered,
 * and the daily verification (triggered as the scheduler does) shows the first broken entry on the
 * administrator's screen, and the command-line verifier run against the app prints the same entry.
 * The chain is put back in a finally block, so it is intact again for the other tests.
 */
@GridVoiceTest
class CaseChainTamperingBrowserTest {

    private static final long XINGFULI_STATION = 1L;
    private static final long CHENGGUAN = 3L;

    @LocalServerPort int port;
    @Autowired VotingFixture fixture;
    @Autowired CaseRoutingService cases;
    @Autowired CaseWorkflow workflow;
    @Autowired People people;
    @Autowired JourneyAccounts accounts;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    /** Routed, accepted and transferred with a public reason: three public steps, three entries. */
    private Long aTransferredCase() {
        fixture.threeProposalsOnTheBallot("篡改");
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        fixture.vote(0, Map.of(fixture.a, 1));
        fixture.vote(1, Map.of(fixture.a, 1));
        fixture.closeEarly();
        People.actAs(fixture.committee);
        Long caseId = cases.route(fixture.a, new RouteForm(null));
        SignedInUser officer = people.create(Role.OFFICER, XINGFULI_STATION);
        SignedInUser lead = people.create(Role.OFFICE_LEAD, XINGFULI_STATION);
        People.actAs(officer);
        workflow.accept(caseId, null);
        People.actAs(lead);
        workflow.transfer(caseId, new TransferForm(CHENGGUAN, "路灯属于城管科管理"));
        People.signOut();
        return caseId;
    }

    private long eventId(Long caseId, String kind) {
        return jdbc.sql("SELECT id FROM casework_event WHERE case_id = :c AND kind = :k").param("c", caseId).param("k", kind)
                .query(Long.class).single();
    }

    private long seqOf(long eventId) {
        return jdbc.sql("SELECT seq FROM audit_entry WHERE object_type = 'case' AND payload LIKE :p").param("p", "event " + eventId + " %")
                .query(Long.class).single();
    }

    private static void verifyCase(Browser visitor, Long caseId) {
        visitor.open("cases/" + caseId);
        visitor.click(visitor.byText("vaadin-button", "Verify this case"));
    }

    @Test
    void a_case_step_altered_in_the_database_is_flagged_by_verify_this_case_the_daily_verification_and_the_command_line() throws Exception {
        Long caseId = aTransferredCase();
        long transferred = eventId(caseId, "TRANSFERRED");
        long acceptedSeq = seqOf(eventId(caseId, "ACCEPTED"));
        audit.seal(Integer.MAX_VALUE); // the votes' queued entries: nothing may be sealed behind our back while we tamper
        assertThat(audit.verify().intact()).isTrue();

        try (Browser visitor = new Browser(port, "en"); Browser admin = new Browser(port, "en")) {
            // 1. A visitor sees the entries that cover the steps and checks the untouched case.
            verifyCase(visitor, caseId);
            visitor.waitForText("#case-chain-entries a", "entry #" + acceptedSeq);
            visitor.waitForText("#case-chain-result", "The timeline matches 3 entries of the audit chain.");
            assertThat(visitor.driver.findElement(org.openqa.selenium.By.id("case-chain-result")).getAttribute("aria-live")).isEqualTo("polite");
            visitor.screenshot("case-chain-01-intact-1280");

            // 2. The transfer's public reason is rewritten in the database: "verify this case" names that step.
            jdbc.sql("UPDATE casework_event SET note = '居民自己要求转办' WHERE id = :id").param("id", transferred).update();
            verifyCase(visitor, caseId);
            visitor.waitForText("#case-chain-result", "the step “transferred” of ");
            visitor.waitForText("#case-chain-result", "differs from its entry #" + seqOf(transferred));
            visitor.screenshot("case-chain-02-note-altered-1280");
            visitor.width(375);
            visitor.js("document.getElementById('case-chain').scrollIntoView()");
            Number overflow = (Number) visitor.js("const p = document.getElementById('case-chain');"
                    + " return p.scrollWidth - p.clientWidth + Math.max(0, p.getBoundingClientRect().right - window.innerWidth);");
            assertThat(overflow.intValue()).as("the chain panel fits a phone's width").isLessThanOrEqualTo(0);
            visitor.screenshot("case-chain-02b-note-altered-375");
            visitor.width(1280);

            // 3. The entry that covers the acceptance is altered: the whole chain breaks there.
            String payload = jdbc.sql("SELECT payload FROM audit_entry WHERE seq = :s").param("s", acceptedSeq).query(String.class).single();
            jdbc.sql("UPDATE audit_entry SET payload = :p WHERE seq = :s").param("p", payload.replace("note -", "note sha256 00"))
                    .param("s", acceptedSeq).update();
            try {
                runTheDailyVerification();
                admin.signIn(anAdministrator(), JourneyAccounts.PASSWORD);
                admin.open("admin/audit");
                String broken = "the chain is BROKEN at entry " + acceptedSeq + ": its content does not match its hash (it was altered).";
                admin.waitForText("div[role='status']", broken);
                admin.screenshot("case-chain-03-daily-verification-broken-1280");
                admin.click(admin.byText("vaadin-button", "Verify the whole chain"));
                admin.waitForText("div[aria-live='polite']", broken);

                Run run = verifyChain("http://localhost:" + port);
                assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
                assertThat(run.output()).startsWith("BROKEN at entry " + acceptedSeq + ": CONTENT ");

                verifyCase(visitor, caseId);
                visitor.waitForText("#case-chain-result", "entry #" + acceptedSeq + ", which covers the step “accepted by the office”");
            } finally {
                jdbc.sql("UPDATE audit_entry SET payload = :p WHERE seq = :s").param("p", payload).param("s", acceptedSeq).update();
            }
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    /** An administrator who reads the screen in English; returns the email to sign in with. */
    private String anAdministrator() {
        String email = accounts.account("chain-admin" + System.nanoTime(), "Admin Lin");
        jdbc.sql("""
                INSERT INTO account_role_grant (user_id, role, community_id, office_id, granted_at)
                SELECT id, 'ADMIN', NULL, NULL, NOW() FROM account_user WHERE email = :e""").param("e", email).update();
        return email;
    }

    /** As the scheduler does: the job bean's daily method. */
    private void runTheDailyVerification() {
        Object job = org.springframework.test.util.AopTestUtils.getUltimateTargetObject(context.getBean("auditVerificationJob"));
        var daily = org.springframework.util.ReflectionUtils.findMethod(job.getClass(), "daily");
        org.springframework.util.ReflectionUtils.makeAccessible(daily);
        org.springframework.util.ReflectionUtils.invokeMethod(daily, job);
    }

    private record Run(int exitCode, String output) {
    }

    /** Runs {@code java tools/VerifyChain.java baseUrl} as a separate process, as a resident would. */
    private static Run verifyChain(String baseUrl) throws Exception {
        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
        Process process = new ProcessBuilder(List.of(java, "tools/VerifyChain.java", baseUrl)).directory(new File(System.getProperty("user.dir")))
                .redirectErrorStream(true).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("VerifyChain did not finish in two minutes");
        }
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
    }
}
