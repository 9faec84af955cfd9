package org.gridvoice.attestation.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time codes of entries, kept as SHA-256 only. A phone code's hash includes its entry, so the
 * same six digits may serve two entries; a slip code is long enough to be found by its hash alone.
 */
@Component
public class CodeStore {

    public static final String PHONE = "PHONE";
    public static final String SLIP = "SLIP";

    /** A code as stored. */
    public record Code(long id, long entryId, String channel, String codeHash, int tries, LocalDateTime expiresAt, LocalDateTime usedAt) {
    }

    private final JdbcClient jdbc;

    CodeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String phoneHash(long entryId, String code) {
        return sha256("phone:" + entryId + ":" + code.strip());
    }

    /** Slip codes are read in upper case, with spaces and dashes ignored (as printed: ABCDE-FGHJK). */
    public static String slipHash(String code) {
        return sha256("slip:" + normaliseSlip(code));
    }

    public static String normaliseSlip(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** How many codes of the channel the entry was given since {@code since} (limits texts to one phone). */
    public int issuedSince(long entryId, String channel, LocalDateTime since) {
        return jdbc.sql("SELECT COUNT(*) FROM attestation_code WHERE entry_id = :e AND channel = :c AND created_at >= :since")
                .param("e", entryId).param("c", channel).param("since", since).query(Integer.class).single();
    }

    /** Replaces the entry's earlier codes of the channel by this one. */
    public void issue(long entryId, String channel, String hash, LocalDateTime now, LocalDateTime expiresAt) {
        jdbc.sql("UPDATE attestation_code SET expires_at = :now WHERE entry_id = :e AND channel = :c AND used_at IS NULL AND expires_at > :now")
                .param("now", now).param("e", entryId).param("c", channel).update();
        jdbc.sql("""
                INSERT INTO attestation_code (entry_id, channel, code_hash, created_at, expires_at)
                VALUES (:e, :c, :h, :now, :expires)""")
                .param("e", entryId).param("c", channel).param("h", hash).param("now", now).param("expires", expiresAt).update();
    }

    /** The entry's newest code of the channel (the caller holds the entry's lock). */
    public Optional<Code> latest(long entryId, String channel) {
        return jdbc.sql("""
                SELECT id, entry_id, channel, code_hash, tries, expires_at, used_at FROM attestation_code
                WHERE entry_id = :e AND channel = :c ORDER BY id DESC LIMIT 1""")
                .param("e", entryId).param("c", channel).query(Code.class).optional();
    }

    public Optional<Code> byHash(String hash) {
        return jdbc.sql("SELECT id, entry_id, channel, code_hash, tries, expires_at, used_at FROM attestation_code WHERE code_hash = :h")
                .param("h", hash).query(Code.class).optional();
    }

    public void used(long codeId, LocalDateTime at) {
        jdbc.sql("UPDATE attestation_code SET used_at = :at WHERE id = :id").param("at", at).param("id", codeId).update();
    }

    /** Counts a wrong try in a transaction of its own: the refusal that follows rolls the caller back, the count stays. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void countTry(long codeId) {
        jdbc.sql("UPDATE attestation_code SET tries = tries + 1 WHERE id = :id").param("id", codeId).update();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
