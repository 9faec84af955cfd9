-- Proposals (提案) of a consultation, their earlier versions, endorsements (附议) and title bigrams
-- for "similar proposal" suggestions (MariaDB FULLTEXT does not segment Chinese).
CREATE TABLE proposal (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    consultation_id   BIGINT       NOT NULL,
    author_id         BIGINT       NOT NULL,
    title             VARCHAR(120) NOT NULL,
    body              MEDIUMTEXT   NOT NULL,
    category_id       BIGINT       NOT NULL,
    grid_id           BIGINT       NOT NULL,
    place_text        VARCHAR(200),
    status            VARCHAR(20)  NOT NULL,
    qualified         BOOLEAN      NOT NULL DEFAULT FALSE,
    endorsement_count INT          NOT NULL DEFAULT 0,
    comment_count     INT          NOT NULL DEFAULT 0,
    created_at        DATETIME(6)  NOT NULL,
    edited_at         DATETIME(6),
    withdrawn_at      DATETIME(6),
    withdraw_reason   VARCHAR(500),
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_proposal_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_proposal_author FOREIGN KEY (author_id) REFERENCES account_user (id),
    CONSTRAINT fk_proposal_category FOREIGN KEY (category_id) REFERENCES place_category (id),
    CONSTRAINT fk_proposal_grid FOREIGN KEY (grid_id) REFERENCES place_grid (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_proposal_newest ON proposal (consultation_id, status, created_at);
CREATE INDEX ix_proposal_endorsed ON proposal (consultation_id, status, endorsement_count);
CREATE INDEX ix_proposal_discussed ON proposal (consultation_id, status, comment_count);

CREATE TABLE proposal_version (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    proposal_id BIGINT       NOT NULL,
    replaced_at DATETIME(6)  NOT NULL,
    title       VARCHAR(120) NOT NULL,
    body        MEDIUMTEXT   NOT NULL,
    CONSTRAINT fk_proposal_version_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE proposal_endorsement (
    proposal_id BIGINT      NOT NULL,
    user_id     BIGINT      NOT NULL,
    endorsed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (proposal_id, user_id),
    CONSTRAINT fk_proposal_endorsement_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
    CONSTRAINT fk_proposal_endorsement_user FOREIGN KEY (user_id) REFERENCES account_user (id)
) ENGINE=InnoDB;

CREATE TABLE proposal_bigram (
    consultation_id BIGINT  NOT NULL,
    bigram          CHAR(2) NOT NULL,
    proposal_id     BIGINT  NOT NULL,
    PRIMARY KEY (consultation_id, bigram, proposal_id),
    CONSTRAINT fk_proposal_bigram_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
