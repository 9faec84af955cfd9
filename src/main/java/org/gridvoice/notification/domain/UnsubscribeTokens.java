package org.gridvoice.notification.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Signed one-click unsubscribe tokens: "userId.signature", verifiable without storing anything. */
@Component
public class UnsubscribeTokens {

    private final SecretKeySpec key;

    UnsubscribeTokens(@Value("${gridvoice.mail.unsubscribe-secret}") String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String issue(long userId) {
        return userId + "." + sign(Long.toString(userId));
    }

    public Optional<Long> verify(String token) {
        if (token == null || !token.matches("\\d{1,18}\\.[A-Za-z0-9_-]{20,100}")) {
            return Optional.empty();
        }
        String id = token.substring(0, token.indexOf('.'));
        byte[] expected = sign(id).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(token.indexOf('.') + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
