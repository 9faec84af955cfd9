-- Residents without email: an account may have a mobile number (E.164), an email address, or both;
-- staff may register a resident from verified residency data (no contact needed); an erased account
-- keeps its row (ids in other tables point to it) but nothing that identifies the person.
ALTER TABLE account_user
    MODIFY email VARCHAR(254) NULL,
    MODIFY password_hash VARCHAR(200) NULL,
    ADD COLUMN phone VARCHAR(20) NULL AFTER email,
    ADD COLUMN phone_confirmed BOOLEAN NOT NULL DEFAULT FALSE AFTER email_confirmed,
    ADD COLUMN sms_notifications BOOLEAN NOT NULL DEFAULT FALSE AFTER email_pref,
    ADD COLUMN registered_by BIGINT NULL,
    ADD COLUMN erased_at DATETIME(6) NULL,
    ADD CONSTRAINT uk_account_user_phone UNIQUE (phone);

-- Text messages are written here in the transaction that caused them and sent by a scheduled,
-- locked sender (shared.sms), as mail is: an outage of the provider delays a message, never loses it.
CREATE TABLE shared_sms_outbox (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    phone           VARCHAR(20)   NOT NULL,
    template        VARCHAR(60)   NOT NULL,
    params          VARCHAR(2000) NOT NULL,
    language        VARCHAR(10)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    sending_since   DATETIME(6),
    sent_at         DATETIME(6),
    provider_ref    VARCHAR(100),
    last_error      VARCHAR(1000)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_shared_sms_outbox_due ON shared_sms_outbox (sent_at, next_attempt_at);
