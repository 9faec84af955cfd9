-- Flags on proposals and comments, the committee's decisions, and a public log per community.
ALTER TABLE proposal ADD COLUMN hidden BOOLEAN NOT NULL DEFAULT FALSE, ADD COLUMN hidden_reason VARCHAR(500);

CREATE TABLE moderation_item (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    target_type  VARCHAR(30) NOT NULL,
    target_id    BIGINT      NOT NULL,
    community_id BIGINT      NOT NULL,
    author_id    BIGINT      NOT NULL,
    status       VARCHAR(20) NOT NULL,
    open_flags   INT         NOT NULL DEFAULT 0,
    updated_at   DATETIME(6) NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_moderation_item UNIQUE (target_type, target_id),
    CONSTRAINT fk_moderation_item_community FOREIGN KEY (community_id) REFERENCES place_community (id)
) ENGINE=InnoDB;
CREATE INDEX ix_moderation_queue ON moderation_item (community_id, status, updated_at);

CREATE TABLE moderation_flag (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id    BIGINT       NOT NULL,
    flagged_by BIGINT       NOT NULL,
    reason     VARCHAR(20)  NOT NULL,
    note       VARCHAR(500),
    created_at DATETIME(6)  NOT NULL,
    open       BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_moderation_flag UNIQUE (item_id, flagged_by),
    CONSTRAINT fk_moderation_flag_item FOREIGN KEY (item_id) REFERENCES moderation_item (id),
    CONSTRAINT fk_moderation_flag_user FOREIGN KEY (flagged_by) REFERENCES account_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE moderation_log (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT       NOT NULL,
    target_type  VARCHAR(30)  NOT NULL,
    target_id    BIGINT       NOT NULL,
    action       VARCHAR(20)  NOT NULL,
    reason       VARCHAR(500),
    actor_id     BIGINT,
    acted_at     DATETIME(6)  NOT NULL,
    CONSTRAINT fk_moderation_log_community FOREIGN KEY (community_id) REFERENCES place_community (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_moderation_log ON moderation_log (community_id, acted_at);
