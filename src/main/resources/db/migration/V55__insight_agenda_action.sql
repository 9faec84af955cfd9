-- What the committee put on the agenda from a hotspot: a consultation draft or a meeting's agenda
-- item, with the figures the server recomputed for (grid, category, week) at that moment, who did it
-- and when, and the requests it links. notified_at is set once the requesters and supporters of those
-- requests were told that it opened (the consultation's proposals opened, the meeting was published),
-- so they are told once.
CREATE TABLE insight_agenda_action (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    target_kind        VARCHAR(20)  NOT NULL,
    target_id          BIGINT       NOT NULL,
    community_id       BIGINT       NOT NULL,
    grid_id            BIGINT       NOT NULL,
    category_id        BIGINT       NOT NULL,
    week_from          DATE         NOT NULL,
    week_to            DATE         NOT NULL,
    request_count      BIGINT       NOT NULL,
    baseline           DOUBLE       NOT NULL,
    baseline_weeks     INT          NOT NULL,
    p_baseline         DOUBLE       NOT NULL,
    last_year_baseline DOUBLE       NULL,
    p_last_year        DOUBLE       NULL,
    created_by         BIGINT       NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    notified_at        DATETIME(6)  NULL,
    CONSTRAINT ck_insight_agenda_kind CHECK (target_kind IN ('CONSULTATION', 'MEETING')),
    CONSTRAINT fk_insight_agenda_grid FOREIGN KEY (grid_id) REFERENCES place_grid (id),
    CONSTRAINT fk_insight_agenda_category FOREIGN KEY (category_id) REFERENCES place_category (id),
    CONSTRAINT fk_insight_agenda_by FOREIGN KEY (created_by) REFERENCES account_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_insight_agenda_target ON insight_agenda_action (target_kind, target_id);

CREATE TABLE insight_agenda_request (
    action_id  BIGINT NOT NULL,
    request_id BIGINT NOT NULL,
    PRIMARY KEY (action_id, request_id),
    CONSTRAINT fk_insight_agenda_request_action FOREIGN KEY (action_id) REFERENCES insight_agenda_action (id),
    CONSTRAINT fk_insight_agenda_request_request FOREIGN KEY (request_id) REFERENCES request (id)
) ENGINE=InnoDB;
