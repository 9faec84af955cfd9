-- Voting rules of a consultation (locked once voting opens) and the electorate snapshot taken then.
CREATE TABLE voting_rules (
    consultation_id     BIGINT      NOT NULL PRIMARY KEY,
    method              VARCHAR(20) NOT NULL,
    approvals_per_voter INT,
    accepted_count      INT,
    quorum_percent      INT         NOT NULL,
    threshold_percent   INT         NOT NULL,
    visibility          VARCHAR(20) NOT NULL,
    one_per_household   BOOLEAN     NOT NULL,
    locked_at           DATETIME(6),
    version             BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_voting_rules_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
) ENGINE=InnoDB;

CREATE TABLE voting_elector (
    consultation_id BIGINT       NOT NULL,
    user_id         BIGINT       NOT NULL,
    household_key   VARCHAR(200) NOT NULL,
    PRIMARY KEY (consultation_id, user_id),
    CONSTRAINT fk_voting_elector_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_voting_elector_user FOREIGN KEY (user_id) REFERENCES account_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_voting_elector_household ON voting_elector (consultation_id, household_key);
