package org.gridvoice.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.open311.domain.Open311Clients;
import org.gridvoice.shared.validation.InputValidator;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API clients and their keys. A key is 32 random bytes (base64url); only its SHA-256 is stored, so
 * it is shown once, when issued. Administrators issue and revoke; the API looks keys up.
 */
@Service
public class Open311ClientService {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final int PREFIX_LENGTH = 8;

    private final Open311Clients clients;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final Clock clock;

    Open311ClientService(Open311Clients clients, CurrentUser currentUser, InputValidator validator, Clock clock) {
        this.clients = clients;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
    }

    /** Issues a key for a new client; {@link InvalidInput} on "gridId" with {@code open311.error.grid-unknown} for an unknown or retired grid. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public IssuedKey issue(Open311ClientForm form) {
        validator.check(form);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = clients.insert(form.name().strip(), form.gridId(), key.substring(0, PREFIX_LENGTH), hash(key), currentUser.requireId(),
                        LocalDateTime.now(clock))
                .orElseThrow(() -> InvalidInput.of("gridId", "open311.error.grid-unknown"));
        return new IssuedKey(clients.summary(id).orElseThrow(), key);
    }

    /** Revokes the client's key at once; {@link InvalidInput} with {@code open311.error.already-revoked} if it is revoked or unknown. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void revoke(long clientId) {
        if (!clients.revoke(clientId, currentUser.requireId(), LocalDateTime.now(clock))) {
            throw InvalidInput.of("id", "open311.error.already-revoked");
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<Open311ClientSummary> clients(Pageable pageable) {
        List<Open311ClientSummary> page = clients.page(pageable.getPageSize(), pageable.getOffset());
        return new PageImpl<>(page, pageable, clients.count());
    }

    /** The active client holding this key; empty for a missing, unknown or revoked key. */
    @Transactional(readOnly = true)
    public Optional<ApiClient> authenticate(String key) {
        return key == null || key.isBlank() ? Optional.empty() : clients.active(hash(key.strip()));
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
