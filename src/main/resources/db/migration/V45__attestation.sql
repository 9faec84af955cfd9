-- Staff entry for residents (代录) and the resident's confirmation (本人确认). An entry keeps the
-- resident's wording as the kind's own form (JSON) here until the resident attests it: only then is
-- the request filed, so nothing pending ever sits in the content tables to be counted or routed.
CREATE TABLE attestation_entry (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind           VARCHAR(30)   NOT NULL,
    resident_id    BIGINT        NOT NULL,
    staff_id       BIGINT        NOT NULL,
    community_id   BIGINT        NOT NULL,
    -- null once the resident's personal data was erased
    payload        TEXT          NULL,
    status         VARCHAR(12)   NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    expires_at     DATETIME(6)   NOT NULL,
    decided_at     DATETIME(6)   NULL,
    method         VARCHAR(12)   NULL,
    witness_id     BIGINT        NULL,
    reject_reason  VARCHAR(500)  NULL,
    item_id        BIGINT        NULL,
    item_route     VARCHAR(200)  NULL,
    CONSTRAINT fk_attestation_entry_resident FOREIGN KEY (resident_id) REFERENCES account_user (id),
    CONSTRAINT fk_attestation_entry_staff FOREIGN KEY (staff_id) REFERENCES account_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_attestation_entry_community ON attestation_entry (community_id, status, created_at);
CREATE INDEX ix_attestation_entry_resident ON attestation_entry (resident_id, status);
CREATE INDEX ix_attestation_entry_due ON attestation_entry (status, expires_at);

-- One-time codes, stored as SHA-256 only: a phone code (6 digits, 10 minutes, 5 tries) or a slip
-- code (10 characters, printed, valid while the entry is pending). A new code replaces the old one.
CREATE TABLE attestation_code (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    entry_id    BIGINT       NOT NULL,
    channel     VARCHAR(8)   NOT NULL,
    code_hash   CHAR(64)     NOT NULL,
    tries       INT          NOT NULL DEFAULT 0,
    created_at  DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    used_at     DATETIME(6)  NULL,
    CONSTRAINT uk_attestation_code_hash UNIQUE (code_hash),
    CONSTRAINT fk_attestation_code_entry FOREIGN KEY (entry_id) REFERENCES attestation_entry (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_attestation_code_entry ON attestation_code (entry_id, channel);

-- who entered a request for its author (the staff member), shown as "entered by … for …"
ALTER TABLE request ADD COLUMN entered_by BIGINT NULL,
    ADD CONSTRAINT fk_request_entered_by FOREIGN KEY (entered_by) REFERENCES account_user (id);

-- the same for proposals and endorsements a resident attested
ALTER TABLE proposal ADD COLUMN entered_by BIGINT NULL,
    ADD CONSTRAINT fk_proposal_entered_by FOREIGN KEY (entered_by) REFERENCES account_user (id);
ALTER TABLE proposal_endorsement ADD COLUMN entered_by BIGINT NULL,
    ADD CONSTRAINT fk_proposal_endorsement_entered_by FOREIGN KEY (entered_by) REFERENCES account_user (id);
ALTER TABLE discussion_comment ADD COLUMN entered_by BIGINT NULL,
    ADD CONSTRAINT fk_discussion_comment_entered_by FOREIGN KEY (entered_by) REFERENCES account_user (id);
