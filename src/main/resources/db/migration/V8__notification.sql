-- In-app notifications (also the source of mail digests) and consultation followers.
CREATE TABLE notification (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id    BIGINT        NOT NULL,
    kind       VARCHAR(40)   NOT NULL,
    args       VARCHAR(1000) NOT NULL,
    link       VARCHAR(300),
    created_at DATETIME(6)   NOT NULL,
    read_at    DATETIME(6),
    mailed     BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES account_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_notification_inbox ON notification (user_id, created_at);
CREATE INDEX ix_notification_digest ON notification (mailed, user_id);

CREATE TABLE notification_follow (
    consultation_id BIGINT NOT NULL,
    user_id         BIGINT NOT NULL,
    PRIMARY KEY (consultation_id, user_id),
    CONSTRAINT fk_notification_follow_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_notification_follow_user FOREIGN KEY (user_id) REFERENCES account_user (id)
) ENGINE=InnoDB;
