package org.gridvoice.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The secrets of this installation (the unsubscribe-link key, the voter-pseudonym key). Each is
 * either configured (property {@code gridvoice.secrets.<name>}, e.g. environment variable
 * GRIDVOICE_SECRETS_AUDIT_PSEUDONYM, with former keys in {@code gridvoice.secrets.<name>-previous},
 * comma-separated) or, when not configured, made at first start from 32 random bytes and kept in
 * the table {@code installation_secret}, shared by every instance on the database. There is no
 * secret in the code. A former built-in development default is refused, so the app does not
 * start with it, except on the embedded demo database; a configured secret needs 32 characters.
 * <p>
 * Keys are returned newest first; each has an id (a short fingerprint), so that what was made
 * with an older key can name it.
 */
@Component
public class InstallationSecrets implements org.springframework.beans.factory.SmartInitializingSingleton {

    /** The development defaults earlier versions shipped: published, so never acceptable. */
    public static final Set<String> KNOWN_DEFAULTS = Set.of("dev-only-unsubscribe-secret-change-me", "dev-only-audit-secret-change-me",
            "change-me", "changeme", "secret");

    public static final int MIN_CONFIGURED_LENGTH = 32;

    /** One key: its id (16 hex characters of a hash of the secret) and the secret's bytes. */
    public record Key(String id, byte[] secret) {
    }

    private final JdbcClient jdbc;
    private final Environment env;
    private final boolean embeddedDemo;
    private final Map<String, List<Key>> resolved = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    public InstallationSecrets(JdbcClient jdbc, Environment env) {
        this.jdbc = jdbc;
        this.env = env;
        this.embeddedDemo = env.getProperty("gridvoice.embedded-db.active", Boolean.class, false);
        for (String name : List.of("unsubscribe", "audit-pseudonym")) {
            configured(name); // refuses a known default or a short secret at start
        }
    }

    /** Makes or reads the secrets once the database is migrated, outside any (read-only) transaction of a later caller. */
    @Override
    public void afterSingletonsInstantiated() {
        keys("unsubscribe");
        keys("audit-pseudonym");
    }

    /** The keys of the named secret, the current one first; made and stored at first use if not configured. */
    public List<Key> keys(String name) {
        return resolved.computeIfAbsent(name, n -> {
            List<String> configured = configured(n);
            return configured.isEmpty() ? stored(n) : configured.stream().map(InstallationSecrets::key).toList();
        });
    }

    /** The current key of the named secret. */
    public Key current(String name) {
        return keys(name).getFirst();
    }

    private List<String> configured(String name) {
        String current = env.getProperty("gridvoice.secrets." + name);
        if (!StringUtils.hasText(current)) {
            return List.of();
        }
        List<String> all = new ArrayList<>(List.of(current.strip()));
        String previous = env.getProperty("gridvoice.secrets." + name + "-previous", "");
        Arrays.stream(previous.split(",")).map(String::strip).filter(StringUtils::hasText).forEach(all::add);
        for (String secret : all) {
            if (KNOWN_DEFAULTS.contains(secret) && !embeddedDemo) {
                throw new IllegalStateException("gridvoice.secrets." + name + " is a published default: set a secret of your own"
                        + " (or leave it unset, and the installation makes one at first start)");
            }
            if (secret.length() < MIN_CONFIGURED_LENGTH && !embeddedDemo) {
                throw new IllegalStateException("gridvoice.secrets." + name + " is shorter than " + MIN_CONFIGURED_LENGTH + " characters");
            }
        }
        return all;
    }

    private List<Key> stored(String name) {
        List<String> secrets = read(name);
        if (secrets.isEmpty()) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            // INSERT IGNORE: when two instances start together, the first one's secret is kept by both
            jdbc.sql("INSERT IGNORE INTO installation_secret (name, id, secret, created_at) VALUES (?, 1, ?, ?)")
                    .params(name, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), LocalDateTime.now()).update();
            secrets = read(name);
        }
        return secrets.stream().map(InstallationSecrets::key).toList();
    }

    private List<String> read(String name) {
        return jdbc.sql("SELECT secret FROM installation_secret WHERE name = ? ORDER BY id DESC").params(name).query(String.class).list();
    }

    private static Key key(String secret) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(("gridvoice-key-id:" + secret).getBytes(StandardCharsets.UTF_8));
            return new Key(HexFormat.of().formatHex(hash, 0, 8), secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
