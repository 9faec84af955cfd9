package org.gridvoice.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

@GridVoiceTest
class InstallationSecretsTest {

    @Autowired InstallationSecrets secrets;
    @Autowired JdbcClient jdbc;
    @Autowired Environment env;

    @Test
    void an_installation_makes_its_own_random_secrets_at_first_start_and_keeps_them() {
        InstallationSecrets.Key unsubscribe = secrets.current("unsubscribe");
        InstallationSecrets.Key audit = secrets.current("audit-pseudonym");
        assertThat(unsubscribe.secret().length).isGreaterThanOrEqualTo(32);
        assertThat(new String(unsubscribe.secret())).isNotIn(InstallationSecrets.KNOWN_DEFAULTS);
        assertThat(unsubscribe.secret()).isNotEqualTo(audit.secret());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM installation_secret WHERE name IN ('unsubscribe', 'audit-pseudonym')")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
        // the next start (a new instance on the same database) finds the same secrets
        InstallationSecrets restarted = new InstallationSecrets(jdbc, env);
        assertThat(restarted.current("unsubscribe").secret()).isEqualTo(unsubscribe.secret());
        assertThat(restarted.current("audit-pseudonym").id()).isEqualTo(audit.id());
    }

    @Test
    void a_formerly_built_in_default_or_a_short_secret_stops_the_start_outside_the_embedded_demo() {
        MockEnvironment production = new MockEnvironment().withProperty("gridvoice.secrets.unsubscribe", "dev-only-unsubscribe-secret-change-me");
        assertThatThrownBy(() -> new InstallationSecrets(jdbc, production)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gridvoice.secrets.unsubscribe");
        MockEnvironment audit = new MockEnvironment().withProperty("gridvoice.secrets.audit-pseudonym", "dev-only-audit-secret-change-me");
        assertThatThrownBy(() -> new InstallationSecrets(jdbc, audit)).isInstanceOf(IllegalStateException.class);
        MockEnvironment shortOne = new MockEnvironment().withProperty("gridvoice.secrets.audit-pseudonym", "short");
        assertThatThrownBy(() -> new InstallationSecrets(jdbc, shortOne)).isInstanceOf(IllegalStateException.class);

        MockEnvironment demo = new MockEnvironment().withProperty("gridvoice.secrets.unsubscribe", "dev-only-unsubscribe-secret-change-me")
                .withProperty("gridvoice.embedded-db.active", "true");
        assertThat(new InstallationSecrets(jdbc, demo).current("unsubscribe").secret()).isNotEmpty();

        String own = "an-own-secret-of-forty-characters-0123456";
        MockEnvironment configured = new MockEnvironment().withProperty("gridvoice.secrets.unsubscribe", own)
                .withProperty("gridvoice.secrets.unsubscribe-previous", "an-older-secret-of-forty-characters-01234");
        assertThat(new InstallationSecrets(jdbc, configured).keys("unsubscribe")).hasSize(2)
                .first().satisfies(k -> assertThat(new String(k.secret())).isEqualTo(own));
    }
}
