-- The SMS sender tells the administrators once about messages the provider has not taken for a
-- long time (gridvoice.sms.report-delay-after); this column remembers that it did.
ALTER TABLE shared_sms_outbox ADD COLUMN delay_reported_at DATETIME(6) NULL;
CREATE INDEX ix_shared_sms_outbox_claim ON shared_sms_outbox (sent_at, sending_since);

-- What the development gateway (gridvoice.sms.provider=dev, the default) "sent": the rendered text,
-- read by the administrators' page and the embedded demo's mail page instead of a phone.
CREATE TABLE shared_dev_sms (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    outbox_id   BIGINT        NULL,
    phone       VARCHAR(20)   NOT NULL,
    template    VARCHAR(60)   NOT NULL,
    language    VARCHAR(10)   NOT NULL,
    text        VARCHAR(1000) NOT NULL,
    sent_at     DATETIME(6)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Electors reminded of a vote before it closes: one row per vote and person, so the reminder job
-- sends once however often and on however many instances it runs.
CREATE TABLE notification_vote_reminder (
    consultation_id BIGINT      NOT NULL,
    user_id         BIGINT      NOT NULL,
    reminded_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (consultation_id, user_id),
    CONSTRAINT fk_notification_vote_reminder_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_notification_vote_reminder_user FOREIGN KEY (user_id) REFERENCES account_user (id)
) ENGINE=InnoDB;
