package org.gridvoice.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import org.gridvoice.shared.InstallationSecrets;
import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rotating the audit secret (a newer key in installation_secret, read at the next start): a vote
 * that is open keeps the key of its first ballot, so a voter's later ballot still replaces the
 * earlier one; consultations that start later use the new key.
 */
@GridVoiceTest
class PseudonymKeyRotationTest {

    @Autowired AuditLog audit;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;
    @Autowired Environment env;
    @Autowired Clock clock;

    @Test
    void after_a_rotation_an_open_vote_keeps_its_key_and_a_new_one_takes_the_new_key() throws Exception {
        String open = "consultation-open-" + System.nanoTime();
        String before = transaction.<String>execute(s -> audit.pseudonym(42L, open));
        int next = jdbc.sql("SELECT MAX(id) + 1 FROM installation_secret WHERE name = 'audit-pseudonym'").query(Integer.class).single();
        String newSecret = "rotated-secret-for-the-test-" + System.nanoTime();
        jdbc.sql("INSERT INTO installation_secret (name, id, secret, created_at) VALUES ('audit-pseudonym', ?, ?, ?)")
                .params(next, newSecret, LocalDateTime.now()).update();
        try {
            // the app as it is after a restart with the new key
            AuditLog restarted = new AuditLog(jdbc, clock, new InstallationSecrets(jdbc, env));
            assertThat(transaction.<String>execute(s -> restarted.pseudonym(42L, open))).as("the open vote keeps its key").isEqualTo(before);
            String later = "consultation-later-" + System.nanoTime();
            assertThat(transaction.<String>execute(s -> restarted.pseudonym(42L, later))).as("a new vote uses the new key")
                    .isEqualTo(PseudonymSecretTest.keyedWith(newSecret, 42L, later));
        } finally {
            jdbc.sql("DELETE FROM installation_secret WHERE name = 'audit-pseudonym' AND id = ?").params(next).update();
        }
    }
}
