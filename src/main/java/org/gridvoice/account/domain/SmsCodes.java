package org.gridvoice.account.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gridvoice.shared.InstallationSecrets;
import org.gridvoice.shared.sms.SmsMessage;
import org.gridvoice.shared.sms.SmsOutbox;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One-time codes sent by SMS: six digits, valid {@link #VALIDITY}, used once, dead after
 * {@link #MAX_TRIES} tries; a number gets a new code at most every {@link #RESEND_AFTER} and at most
 * {@code gridvoice.account.sms-codes-per-number} a day, a client address at most
 * {@code gridvoice.account.sms-codes-per-client} an hour. Only the newest code of a number and
 * purpose counts. The code is stored as HMAC-SHA256 keyed with the installation secret
 * {@code sms-code}: a plain hash of six digits is reversed by trying all million of them.
 * Works in the caller's transaction (the text message is queued there too), except the count of tries.
 */
@Component
public class SmsCodes implements SmartInitializingSingleton {

    public static final Duration VALIDITY = Duration.ofMinutes(5);
    public static final Duration RESEND_AFTER = Duration.ofSeconds(60);
    public static final int MAX_TRIES = 5;
    private static final String SECRET = "sms-code";

    /** How a typed code fared. */
    public enum Outcome { RIGHT, WRONG, NO_CODE, EXPIRED, USED, TOO_MANY_TRIES }

    /** The outcome and, for a wrong code, how many tries it has left. */
    public record Check(Outcome outcome, int triesLeft) {
    }

    private final JdbcClient jdbc;
    private final SmsCodeTries tries;
    private final SmsOutbox sms;
    private final RequestLimit limit;
    private final InstallationSecrets secrets;
    private final Clock clock;
    private final int perNumber;
    private final int perClient;
    private final SecureRandom random = new SecureRandom();

    SmsCodes(JdbcClient jdbc, SmsCodeTries tries, SmsOutbox sms, RequestLimit limit, InstallationSecrets secrets, Clock clock,
             @Value("${gridvoice.account.sms-codes-per-number:10}") int perNumber,
             @Value("${gridvoice.account.sms-codes-per-client:20}") int perClient) {
        this.jdbc = jdbc;
        this.tries = tries;
        this.sms = sms;
        this.limit = limit;
        this.secrets = secrets;
        this.clock = clock;
        this.perNumber = perNumber;
        this.perClient = perClient;
    }

    /** Makes the key at start, outside any caller's transaction: a key made in one that rolls back would be lost. */
    @Override
    public void afterSingletonsInstantiated() {
        secrets.keys(SECRET);
    }

    /**
     * Sends a new code to the number (E.164) by SMS in the caller's transaction. Refuses with
     * {@link InvalidInput} on field "phone": {@code phone.error.resend-too-soon} (seconds to wait),
     * {@code phone.error.too-many-requests} (this client), {@code phone.error.too-many-for-number}.
     * {@code clientAddress} may be null (no web request).
     */
    public void send(String phone, SmsCodePurpose purpose, Long userId, Locale locale, String clientAddress) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (clientAddress != null && !limit.allow("sms-from:" + clientAddress, perClient, Duration.ofHours(1))) {
            throw InvalidInput.of("phone", "phone.error.too-many-requests");
        }
        // counting locks the number's row until commit, so two requests at once for one number take turns
        if (!limit.allow("sms-to:" + phone, perNumber, Duration.ofDays(1))) {
            throw InvalidInput.of("phone", "phone.error.too-many-for-number");
        }
        // no locking read here: its gap locks would make requests for neighbouring numbers deadlock
        Optional<LocalDateTime> last = jdbc.sql("SELECT MAX(created_at) FROM account_sms_code WHERE phone = :phone")
                .param("phone", phone).query(LocalDateTime.class).optional();
        if (last.isPresent() && last.get().plus(RESEND_AFTER).isAfter(now)) {
            long wait = Math.max(1, (Duration.between(now, last.get().plus(RESEND_AFTER)).toMillis() + 999) / 1000);
            // thrown in the caller's transaction, so neither count above is kept
            throw InvalidInput.of("phone", "phone.error.resend-too-soon", wait);
        }
        String code = "%06d".formatted(random.nextInt(1_000_000));
        jdbc.sql("""
                INSERT INTO account_sms_code (phone, purpose, user_id, code_hash, created_at, expires_at)
                VALUES (:phone, :purpose, :user, :hash, :now, :expires)""")
                .param("phone", phone).param("purpose", purpose.name()).param("user", userId)
                .param("hash", hash(phone, purpose, userId, code)).param("now", now).param("expires", now.plus(VALIDITY))
                .update();
        // in this order: the templates read {0} as the code and {1} as the minutes
        Map<String, String> params = new LinkedHashMap<>();
        params.put("code", code);
        params.put("minutes", String.valueOf(VALIDITY.toMinutes()));
        sms.enqueue(new SmsMessage(phone, purpose.template(), params, locale));
    }

    /**
     * Checks a typed code against the newest code of the number for the purpose (and user). A right
     * code is marked used in the caller's transaction (so it counts as used only if the caller's change
     * commits); every comparison counts as a try, also when the caller then rolls back.
     */
    public Check check(String phone, SmsCodePurpose purpose, Long userId, String typed) {
        var attempt = tries.take(phone, purpose, userId);
        if (attempt.refusal() != null) {
            return new Check(attempt.refusal(), 0);
        }
        boolean right = MessageDigest.isEqual(attempt.codeHash().getBytes(StandardCharsets.US_ASCII),
                hash(phone, purpose, userId, typed).getBytes(StandardCharsets.US_ASCII));
        if (!right) {
            int left = MAX_TRIES - attempt.tries();
            return new Check(left <= 0 ? Outcome.TOO_MANY_TRIES : Outcome.WRONG, Math.max(0, left));
        }
        int used = jdbc.sql("UPDATE account_sms_code SET used_at = :now WHERE id = :id AND used_at IS NULL")
                .param("now", LocalDateTime.now(clock)).param("id", attempt.id()).update();
        return new Check(used == 1 ? Outcome.RIGHT : Outcome.USED, 0);
    }

    private String hash(String phone, SmsCodePurpose purpose, Long userId, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.current(SECRET).secret(), "HmacSHA256"));
            byte[] digest = mac.doFinal((phone + "|" + purpose.name() + "|" + userId + "|" + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
