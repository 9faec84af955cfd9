-- Accounts, scoped role grants, one-time mail tokens, login throttling and residency verification.
CREATE TABLE account_user (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    email          VARCHAR(254) NOT NULL,
    password_hash  VARCHAR(200) NOT NULL,
    display_name   VARCHAR(60)  NOT NULL,
    language       VARCHAR(10)  NOT NULL,
    email_pref     VARCHAR(20)  NOT NULL,
    email_confirmed BOOLEAN     NOT NULL DEFAULT FALSE,
    disabled       BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_account_user_email UNIQUE (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE account_role_grant (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id      BIGINT      NOT NULL,
    role         VARCHAR(20) NOT NULL,
    community_id BIGINT,
    office_id    BIGINT,
    granted_at   DATETIME(6) NOT NULL,
    granted_by   BIGINT,
    CONSTRAINT fk_account_role_grant_user FOREIGN KEY (user_id) REFERENCES account_user (id),
    CONSTRAINT fk_account_role_grant_community FOREIGN KEY (community_id) REFERENCES place_community (id),
    CONSTRAINT fk_account_role_grant_office FOREIGN KEY (office_id) REFERENCES place_office (id),
    -- a role is granted once per scope; NULL scopes are made comparable by the generated key
    scope_key    VARCHAR(60) AS (CONCAT(role, ':', IFNULL(community_id, ''), ':', IFNULL(office_id, ''))) PERSISTENT,
    CONSTRAINT uk_account_role_grant UNIQUE (user_id, scope_key)
) ENGINE=InnoDB;

CREATE TABLE account_token (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT      NOT NULL,
    purpose     VARCHAR(20) NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6),
    CONSTRAINT fk_account_token_user FOREIGN KEY (user_id) REFERENCES account_user (id),
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash)
) ENGINE=InnoDB;

-- Failed logins per key ("account:<email>" or "address:<ip>"), shared by every app instance.
CREATE TABLE account_login_throttle (
    throttle_key  VARCHAR(300) NOT NULL PRIMARY KEY,
    failures      INT          NOT NULL,
    window_start  DATETIME(6)  NOT NULL,
    locked_until  DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE account_residency (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id       BIGINT       NOT NULL,
    community_id  BIGINT       NOT NULL,
    grid_id       BIGINT       NOT NULL,
    building      VARCHAR(40)  NOT NULL,
    unit          VARCHAR(20)  NOT NULL,
    room          VARCHAR(20)  NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    requested_at  DATETIME(6)  NOT NULL,
    decided_at    DATETIME(6),
    decided_by    BIGINT,
    decision_reason VARCHAR(500),
    revoked_at    DATETIME(6),
    revoked_by    BIGINT,
    revoke_reason VARCHAR(500),
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_account_residency_user FOREIGN KEY (user_id) REFERENCES account_user (id),
    CONSTRAINT fk_account_residency_community FOREIGN KEY (community_id) REFERENCES place_community (id),
    CONSTRAINT fk_account_residency_grid FOREIGN KEY (grid_id) REFERENCES place_grid (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_account_residency_queue ON account_residency (community_id, status, requested_at);
CREATE INDEX ix_account_residency_user ON account_residency (user_id, requested_at);
