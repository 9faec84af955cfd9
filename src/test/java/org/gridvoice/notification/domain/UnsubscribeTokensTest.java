package org.gridvoice.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.gridvoice.shared.InstallationSecrets;
import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@GridVoiceTest
class UnsubscribeTokensTest {

    @Autowired UnsubscribeTokens tokens;
    @Autowired InstallationSecrets secrets;

    @Test
    void a_link_names_its_purpose_and_ends_after_its_lifetime() {
        String fresh = tokens.issue(7L, 3L);
        assertThat(tokens.verify(fresh)).contains(new UnsubscribeTokens.Claim(7L, 3L));
        Clock twoMonthsAgo = Clock.fixed(Instant.now().minus(Duration.ofDays(61)), ZoneOffset.UTC);
        String old = new UnsubscribeTokens(secrets, twoMonthsAgo, Duration.ofDays(60)).issue(7L, 3L);
        assertThat(tokens.verify(old)).as("expired").isEmpty();
        String[] parts = fresh.split("\\.");
        assertThat(tokens.verify("8." + parts[1] + "." + parts[2] + "." + parts[3])).as("another user").isEmpty();
        assertThat(tokens.verify(parts[0] + ".4." + parts[2] + "." + parts[3])).as("another account version").isEmpty();
    }
}
