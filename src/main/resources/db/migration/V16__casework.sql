-- Casework (工单). The responsibility list (责任清单) is data: each change is a new version with
-- its effective dates, and a case records the version that routed it.
CREATE TABLE casework_street_office (
    street_id              BIGINT NOT NULL PRIMARY KEY,
    default_office_id      BIGINT NOT NULL,
    coordinator_office_id  BIGINT NOT NULL,
    default_response_hours INT    NOT NULL,
    default_resolution_days INT   NOT NULL,
    CONSTRAINT fk_cw_street FOREIGN KEY (street_id) REFERENCES place_street (id),
    CONSTRAINT fk_cw_street_default FOREIGN KEY (default_office_id) REFERENCES place_office (id),
    CONSTRAINT fk_cw_street_coordinator FOREIGN KEY (coordinator_office_id) REFERENCES place_office (id)
) ENGINE=InnoDB;

CREATE TABLE casework_duty (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    entry_id         BIGINT        NOT NULL,
    street_id        BIGINT        NOT NULL,
    category_id      BIGINT        NOT NULL,
    place_level      VARCHAR(10)   NOT NULL,
    place_id         BIGINT        NOT NULL,
    lead_office_id   BIGINT        NOT NULL,
    response_hours   INT           NOT NULL,
    resolution_days  INT           NOT NULL,
    basis            VARCHAR(1000) NOT NULL,
    effective_from   DATETIME(6)   NOT NULL,
    effective_to     DATETIME(6),
    changed_by       BIGINT        NOT NULL,
    changed_at       DATETIME(6)   NOT NULL,
    CONSTRAINT fk_cw_duty_street FOREIGN KEY (street_id) REFERENCES place_street (id),
    CONSTRAINT fk_cw_duty_category FOREIGN KEY (category_id) REFERENCES place_category (id),
    CONSTRAINT fk_cw_duty_lead FOREIGN KEY (lead_office_id) REFERENCES place_office (id),
    CONSTRAINT fk_cw_duty_by FOREIGN KEY (changed_by) REFERENCES account_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_cw_duty_match ON casework_duty (category_id, place_level, place_id, effective_from);
CREATE INDEX ix_cw_duty_entry ON casework_duty (entry_id, effective_from);

CREATE TABLE casework_duty_co_office (
    duty_id   BIGINT NOT NULL,
    office_id BIGINT NOT NULL,
    PRIMARY KEY (duty_id, office_id),
    CONSTRAINT fk_cw_duty_co_duty FOREIGN KEY (duty_id) REFERENCES casework_duty (id),
    CONSTRAINT fk_cw_duty_co_office FOREIGN KEY (office_id) REFERENCES place_office (id)
) ENGINE=InnoDB;

-- A case and its immutable snapshot of what residents wrote and decided (snap_* columns are
-- written once, when the case is routed, and never updated).
CREATE TABLE casework_case (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    proposal_id          BIGINT        NOT NULL,
    consultation_id      BIGINT        NOT NULL,
    street_id            BIGINT        NOT NULL,
    community_id         BIGINT        NOT NULL,
    grid_id              BIGINT        NOT NULL,
    category_id          BIGINT        NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    office_id            BIGINT        NOT NULL,
    duty_id              BIGINT,
    fallback             BOOLEAN       NOT NULL,
    hops                 INT           NOT NULL DEFAULT 0,
    at_coordinator       BOOLEAN       NOT NULL DEFAULT FALSE,
    assigned_for_good    BOOLEAN       NOT NULL DEFAULT FALSE,
    response_hours       INT           NOT NULL,
    response_due_at      DATETIME(6)   NOT NULL,
    resolution_due_at    DATETIME(6)   NOT NULL,
    accepted_at          DATETIME(6),
    accepted_late        BOOLEAN,
    expected_at          DATETIME(6),
    resolved_at          DATETIME(6),
    closed_at            DATETIME(6),
    late_at              DATETIME(6),
    escalated_at         DATETIME(6),
    feedback_until       DATETIME(6),
    feedback_round       INT           NOT NULL DEFAULT 0,
    routed_by            BIGINT        NOT NULL,
    routed_at            DATETIME(6)   NOT NULL,
    route_note           VARCHAR(1000),
    office_summary       MEDIUMTEXT,
    snap_title           VARCHAR(120)  NOT NULL,
    snap_body            MEDIUMTEXT    NOT NULL,
    snap_body_html       MEDIUMTEXT    NOT NULL,
    snap_author          VARCHAR(100)  NOT NULL,
    snap_category_zh     VARCHAR(100)  NOT NULL,
    snap_category_en     VARCHAR(100)  NOT NULL,
    snap_grid            VARCHAR(200)  NOT NULL,
    snap_place           VARCHAR(200),
    snap_endorsements    INT           NOT NULL,
    snap_consultation    VARCHAR(200)  NOT NULL,
    snap_vote            VARCHAR(500)  NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_cw_case_proposal UNIQUE (proposal_id),
    CONSTRAINT fk_cw_case_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
    CONSTRAINT fk_cw_case_office FOREIGN KEY (office_id) REFERENCES place_office (id),
    CONSTRAINT fk_cw_case_duty FOREIGN KEY (duty_id) REFERENCES casework_duty (id),
    CONSTRAINT fk_cw_case_grid FOREIGN KEY (grid_id) REFERENCES place_grid (id),
    CONSTRAINT fk_cw_case_category FOREIGN KEY (category_id) REFERENCES place_category (id),
    CONSTRAINT fk_cw_case_routed_by FOREIGN KEY (routed_by) REFERENCES account_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_cw_case_inbox ON casework_case (office_id, status, response_due_at);
CREATE INDEX ix_cw_case_due ON casework_case (status, resolution_due_at);

CREATE TABLE casework_case_co_office (
    case_id   BIGINT NOT NULL,
    office_id BIGINT NOT NULL,
    PRIMARY KEY (case_id, office_id),
    CONSTRAINT fk_cw_case_co_case FOREIGN KEY (case_id) REFERENCES casework_case (id),
    CONSTRAINT fk_cw_case_co_office FOREIGN KEY (office_id) REFERENCES place_office (id)
) ENGINE=InnoDB;

CREATE TABLE casework_snapshot_comment (
    case_id    BIGINT       NOT NULL,
    position   INT          NOT NULL,
    stance     VARCHAR(10)  NOT NULL,
    author     VARCHAR(100) NOT NULL,
    body_html  MEDIUMTEXT   NOT NULL,
    upvotes    INT          NOT NULL,
    PRIMARY KEY (case_id, position),
    CONSTRAINT fk_cw_snap_comment_case FOREIGN KEY (case_id) REFERENCES casework_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The timeline: every step with who, when and its note; internal notes only for the office and the coordinator.
CREATE TABLE casework_event (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id         BIGINT        NOT NULL,
    at              DATETIME(6)   NOT NULL,
    kind            VARCHAR(30)   NOT NULL,
    actor_id        BIGINT,
    office_id       BIGINT,
    to_office_id    BIGINT,
    note            TEXT,
    internal        BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_cw_event_case FOREIGN KEY (case_id) REFERENCES casework_case (id),
    CONSTRAINT fk_cw_event_actor FOREIGN KEY (actor_id) REFERENCES account_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_cw_event_case ON casework_event (case_id, at);
CREATE INDEX ix_cw_event_kind ON casework_event (kind, at);

-- Residents asked to confirm a resolution, per round (a reopened case asks again), and their answers.
CREATE TABLE casework_feedback (
    case_id       BIGINT       NOT NULL,
    round_no      INT          NOT NULL,
    user_id       BIGINT       NOT NULL,
    asked_at      DATETIME(6)  NOT NULL,
    resolution    VARCHAR(12),
    satisfaction  VARCHAR(12),
    comment       VARCHAR(1000),
    answered_at   DATETIME(6),
    PRIMARY KEY (case_id, round_no, user_id),
    CONSTRAINT fk_cw_feedback_case FOREIGN KEY (case_id) REFERENCES casework_case (id),
    CONSTRAINT fk_cw_feedback_user FOREIGN KEY (user_id) REFERENCES account_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
