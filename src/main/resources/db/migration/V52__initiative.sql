-- Residents' initiatives (居民提议): a verified resident asks the committee to convene a residents' meeting;
-- verified residents of the community sign it. Once a fifth of the adults or of the households have signed
-- (meeting_community_roll), the committee has a deadline to put it on a published meeting's agenda.
CREATE TABLE initiative (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id       BIGINT        NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    body_markdown      TEXT          NOT NULL,
    body_html          TEXT          NOT NULL,
    opened_by          BIGINT        NOT NULL,
    opened_at          DATETIME(6)   NOT NULL,
    -- OPEN → THRESHOLD_MET → SCHEDULED, or → ESCALATED (deadline passed) → SCHEDULED; WITHDRAWN when its opener's account is erased with its contributions
    status             VARCHAR(20)   NOT NULL,
    -- kept with every signature and withdrawal, under the row's lock
    signers            INT           NOT NULL DEFAULT 0,
    households         INT           NOT NULL DEFAULT 0,
    threshold_met_at   DATETIME(6)   NULL,
    deadline_at        DATETIME(6)   NULL,
    escalated_at       DATETIME(6)   NULL,
    -- the published meeting with the initiative on its agenda (meeting module; no foreign key across modules)
    meeting_id         BIGINT        NULL,
    meeting_starts_at  DATETIME(6)   NULL,
    scheduled_at       DATETIME(6)   NULL,
    CONSTRAINT fk_initiative_community FOREIGN KEY (community_id) REFERENCES place_community (id),
    CONSTRAINT fk_initiative_opened_by FOREIGN KEY (opened_by) REFERENCES account_user (id),
    CONSTRAINT ck_initiative_status CHECK (status IN ('OPEN', 'THRESHOLD_MET', 'SCHEDULED', 'ESCALATED', 'WITHDRAWN')),
    CONSTRAINT ck_initiative_counts CHECK (signers >= 0 AND households >= 0 AND households <= signers)
) ENGINE=InnoDB;
CREATE INDEX ix_initiative_status_deadline ON initiative (status, deadline_at);
CREATE INDEX ix_initiative_opened ON initiative (opened_at, id);
CREATE INDEX ix_initiative_community ON initiative (community_id, opened_at);

-- one signature per resident and initiative; the household is the signer's approved address when signing (account.Households)
CREATE TABLE initiative_signature (
    initiative_id  BIGINT        NOT NULL,
    user_id        BIGINT        NOT NULL,
    household_key  VARCHAR(200)  NOT NULL,
    signed_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (initiative_id, user_id),
    CONSTRAINT fk_initiative_signature_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id),
    CONSTRAINT fk_initiative_signature_user FOREIGN KEY (user_id) REFERENCES account_user (id)
) ENGINE=InnoDB;
CREATE INDEX ix_initiative_signature_user ON initiative_signature (user_id);
