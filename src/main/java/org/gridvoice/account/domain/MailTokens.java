package org.gridvoice.account.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Issues and redeems one-time tokens for mailed links. */
@Component
public class MailTokens {

    private final SecureRandom random = new SecureRandom();
    private final AccountTokenRepository tokens;
    private final Clock clock;

    MailTokens(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A new token for the user; earlier unused tokens of the same purpose stop working. */
    public String issue(Long userId, AccountToken.Purpose purpose, Duration validity) {
        LocalDateTime now = LocalDateTime.now(clock);
        tokens.useAll(userId, purpose, now);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.save(new AccountToken(userId, purpose, hash(token), now.plus(validity)));
        return token;
    }

    /** The user id of a usable token, which is used up by this call; empty if unknown, expired or used. */
    public Optional<Long> redeem(String token, AccountToken.Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return tokens.findByTokenHash(hash(token))
                .filter(t -> t.getPurpose() == purpose && t.usableAt(now))
                .map(t -> {
                    t.use(now);
                    return t.getUserId();
                });
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
