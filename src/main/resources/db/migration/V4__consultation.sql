-- Consultations (议题) opened by a residents' committee: scope, accepted categories, phase dates,
-- and a public record of every change made after creation.
CREATE TABLE consultation (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id          BIGINT       NOT NULL,
    title                 VARCHAR(120) NOT NULL,
    description           MEDIUMTEXT   NOT NULL,
    whole_community       BOOLEAN      NOT NULL,
    endorsement_threshold INT          NOT NULL,
    status                VARCHAR(20)  NOT NULL,
    proposals_open_at     DATETIME(6)  NOT NULL,
    proposals_close_at    DATETIME(6)  NOT NULL,
    voting_open_at        DATETIME(6)  NOT NULL,
    voting_close_at       DATETIME(6)  NOT NULL,
    announced_phase       VARCHAR(20)  NOT NULL,
    created_by            BIGINT       NOT NULL,
    created_at            DATETIME(6)  NOT NULL,
    published_at          DATETIME(6),
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_consultation_community FOREIGN KEY (community_id) REFERENCES place_community (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_consultation_list ON consultation (status, community_id, voting_close_at);

CREATE TABLE consultation_grid (
    consultation_id BIGINT NOT NULL,
    grid_id         BIGINT NOT NULL,
    PRIMARY KEY (consultation_id, grid_id),
    CONSTRAINT fk_consultation_grid_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_consultation_grid_grid FOREIGN KEY (grid_id) REFERENCES place_grid (id)
) ENGINE=InnoDB;

CREATE TABLE consultation_category (
    consultation_id BIGINT NOT NULL,
    category_id     BIGINT NOT NULL,
    PRIMARY KEY (consultation_id, category_id),
    CONSTRAINT fk_consultation_category_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_consultation_category_category FOREIGN KEY (category_id) REFERENCES place_category (id)
) ENGINE=InnoDB;

CREATE TABLE consultation_change (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    consultation_id BIGINT        NOT NULL,
    changed_at      DATETIME(6)   NOT NULL,
    changed_by      BIGINT,
    kind            VARCHAR(30)   NOT NULL,
    detail          VARCHAR(1000),
    reason          VARCHAR(500),
    CONSTRAINT fk_consultation_change_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_consultation_change ON consultation_change (consultation_id, changed_at);
