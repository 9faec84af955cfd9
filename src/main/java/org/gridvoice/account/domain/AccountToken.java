package org.gridvoice.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A one-time link sent by mail; only the SHA-256 of the token is stored. */
@Entity
@Table(name = "account_token")
public class AccountToken {

    public enum Purpose { CONFIRM_EMAIL, RESET_PASSWORD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id")
    private Long userId;
    @Enumerated(EnumType.STRING)
    private Purpose purpose;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "expires_at")
    private LocalDateTime expiresAt;
    @Column(name = "used_at")
    private LocalDateTime usedAt;

    protected AccountToken() {
    }

    public AccountToken(Long userId, Purpose purpose, String tokenHash, LocalDateTime expiresAt) {
        this.userId = userId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    public Long getUserId() { return userId; }
    public Purpose getPurpose() { return purpose; }

    public boolean usableAt(LocalDateTime now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(LocalDateTime now) {
        this.usedAt = now;
    }
}
