-- A funded project's case (participatory budgeting, issue 17) carries the budget the vote gave it,
-- and its public progress: each milestone the office reports (a PROGRESS step) and the resolution of
-- such a case record the percent done and, at the resolution, what was spent. One row per timeline
-- step, so the audit chain entry of the step covers its figures too.
ALTER TABLE casework_case ADD COLUMN budget_yuan BIGINT NULL;

CREATE TABLE casework_progress (
    event_id    BIGINT            NOT NULL PRIMARY KEY,
    percent     TINYINT UNSIGNED  NOT NULL,
    reached_on  DATE              NULL,
    spent_yuan  BIGINT            NULL,
    CONSTRAINT fk_cw_progress_event FOREIGN KEY (event_id) REFERENCES casework_event (id),
    CONSTRAINT ck_cw_progress_percent CHECK (percent <= 100),
    CONSTRAINT ck_cw_progress_spent CHECK (spent_yuan IS NULL OR spent_yuan >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
