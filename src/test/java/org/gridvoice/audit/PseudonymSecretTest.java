package org.gridvoice.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Voters' pseudonyms are keyed with this installation's own secret, not one anybody can read in the source. */
@GridVoiceTest
class PseudonymSecretTest {

    @Autowired AuditLog audit;
    @Autowired TransactionTemplate transaction;

    static String keyedWith(String secret, long userId, String context) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] digest = mac.doFinal((context + ":" + userId).getBytes(StandardCharsets.UTF_8));
        return "p-" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
    }

    @Test
    void nobody_can_recompute_a_voters_pseudonym_with_the_formerly_published_development_secret() throws Exception {
        String context = "consultation-" + System.nanoTime();
        String pseudonym = transaction.<String>execute(s -> audit.pseudonym(42L, context));
        assertThat(pseudonym).startsWith("p-").isNotEqualTo(keyedWith("dev-only-audit-secret-change-me", 42L, context));
        assertThat(transaction.<String>execute(s -> audit.pseudonym(42L, context))).as("stable").isEqualTo(pseudonym);
    }
}
