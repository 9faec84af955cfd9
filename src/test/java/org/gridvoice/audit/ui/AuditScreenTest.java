package org.gridvoice.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.audit.AuditRecord;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** An administrator checks the audit chain on its screen: on demand with progress, and the daily run. */
class AuditScreenTest extends ViewTest {

    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;

    @BeforeEach
    void anAdministrator() {
        inEnglish();
        signIn(people.admin());
        audit.seal(Integer.MAX_VALUE);
    }

    private String verifyOnTheScreen() throws Exception {
        navigate("admin/audit");
        AuditView view = _get(AuditView.class);
        _click(view.verify);
        assertThat(view.verify.isEnabled()).as("the button waits while the verification runs").isFalse();
        view.awaitVerification();
        MockVaadin.clientRoundtrip(false);
        assertThat(view.verify.isEnabled()).isTrue();
        assertThat(view.progress.isVisible()).isFalse();
        return view.result.getText();
    }

    @Test
    void an_administrator_verifies_an_intact_chain_on_demand_and_sees_the_head() throws Exception {
        assertThat(verifyOnTheScreen()).contains("the chain is intact").contains(audit.headHash());
    }

    @Test
    void a_broken_chain_shows_its_first_broken_entry_and_every_administrator_is_notified() throws Exception {
        String hash = transaction.execute(status -> audit.append(new AuditRecord("CASE_CLOSED", "test", 77, "p-x", "closed")));
        long seq = jdbc.sql("SELECT seq FROM audit_entry WHERE hash = ?").params(hash).query(Long.class).single();
        long before = jdbc.sql("SELECT COUNT(*) FROM notification WHERE kind = 'AUDIT_CHAIN_BROKEN'").query(Long.class).single();
        jdbc.sql("UPDATE audit_entry SET payload = 'reopened' WHERE seq = ?").params(seq).update();
        try {
            assertThat(verifyOnTheScreen()).contains("BROKEN at entry " + seq).contains("it was altered");
        } finally {
            jdbc.sql("UPDATE audit_entry SET payload = 'closed' WHERE seq = ?").params(seq).update();
        }
        long admins = jdbc.sql("SELECT COUNT(DISTINCT user_id) FROM account_role_grant WHERE role = 'ADMIN'").query(Long.class).single();
        long deadline = System.currentTimeMillis() + 15_000;
        long now;
        do {
            Thread.sleep(200);
            now = jdbc.sql("SELECT COUNT(*) FROM notification WHERE kind = 'AUDIT_CHAIN_BROKEN' AND link = 'admin/audit' AND args = ?")
                    .params(Long.toString(seq)).query(Long.class).single();
        } while (now < admins && System.currentTimeMillis() < deadline);
        assertThat(now).as("one notice per administrator").isEqualTo(admins);
        assertThat(before).isGreaterThanOrEqualTo(0);
    }

    @Test
    void the_screen_shows_the_last_daily_verification() {
        // as the scheduler does: the job bean's daily method
        Object job = org.springframework.test.util.AopTestUtils.getUltimateTargetObject(context.getBean("auditVerificationJob"));
        var daily = org.springframework.util.ReflectionUtils.findMethod(job.getClass(), "daily");
        org.springframework.util.ReflectionUtils.makeAccessible(daily);
        org.springframework.util.ReflectionUtils.invokeMethod(daily, job);
        navigate("admin/audit");
        assertThat(_get(AuditView.class).lastScheduled.getText()).contains("the chain is intact");
    }
}
