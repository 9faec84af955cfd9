package org.gridvoice.notification.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gridvoice.shared.InstallationSecrets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signed one-click unsubscribe tokens, verifiable without storing anything:
 * "userId.stamp.expires.signature". The signature covers the purpose ("unsubscribe"), the user,
 * the account's version stamp when the mail was made and the expiry (epoch seconds), so a link
 * works only for unsubscribing, only until it expires, and no longer once the account changed
 * (its use sets the preference to "never", so a link works once; a change of preference ends it
 * too). Keyed with this installation's unsubscribe secret; links signed with a previous key
 * still check until they expire.
 */
@Component
public class UnsubscribeTokens {

    private static final String PURPOSE = "unsubscribe";

    /** What a valid token names: the user and the account's version stamp it was made for. */
    public record Claim(long userId, long stamp) {
    }

    private final InstallationSecrets secrets;
    private final Clock clock;
    private final Duration lifetime;

    UnsubscribeTokens(InstallationSecrets secrets, Clock clock,
                      @Value("${gridvoice.mail.unsubscribe-link-lifetime:P60D}") Duration lifetime) {
        this.secrets = secrets;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public String issue(long userId, long stamp) {
        long expires = clock.instant().plus(lifetime).getEpochSecond();
        String body = userId + "." + stamp + "." + expires;
        return body + "." + sign(secrets.current(PURPOSE).secret(), body);
    }

    public Optional<Claim> verify(String token) {
        if (token == null || !token.matches("\\d{1,18}\\.\\d{1,18}\\.\\d{1,12}\\.[A-Za-z0-9_-]{20,100}")) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        String body = parts[0] + "." + parts[1] + "." + parts[2];
        byte[] given = parts[3].getBytes(StandardCharsets.US_ASCII);
        boolean signed = secrets.keys(PURPOSE).stream()
                .anyMatch(key -> MessageDigest.isEqual(sign(key.secret(), body).getBytes(StandardCharsets.US_ASCII), given));
        if (!signed || Long.parseLong(parts[2]) < clock.instant().getEpochSecond()) {
            return Optional.empty();
        }
        return Optional.of(new Claim(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
    }

    private static String sign(byte[] secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal((PURPOSE + ":" + body).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
