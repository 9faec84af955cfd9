-- Surveys (问卷): a committee's questionnaire in sections, its audience, responses and answers.
-- A DRAFT is the committee's alone; once PUBLISHED its questions are fixed and it is upcoming, open or closed by its dates.
CREATE TABLE survey (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id      BIGINT        NOT NULL,
    title             VARCHAR(120)  NOT NULL,
    description       TEXT          NULL,
    description_html  TEXT          NULL,
    audience          VARCHAR(20)   NOT NULL,
    publish_results   BOOLEAN       NOT NULL,
    opens_at          DATETIME(6)   NOT NULL,
    closes_at         DATETIME(6)   NOT NULL,
    status            VARCHAR(10)   NOT NULL,
    -- the secret of a link survey's address (null for RESIDENTS)
    link_token        VARCHAR(64)   NULL,
    created_by        BIGINT        NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    published_at      DATETIME(6)   NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_survey_community FOREIGN KEY (community_id) REFERENCES place_community (id),
    CONSTRAINT fk_survey_created_by FOREIGN KEY (created_by) REFERENCES account_user (id),
    CONSTRAINT uq_survey_link UNIQUE (link_token),
    CONSTRAINT ck_survey_status CHECK (status IN ('DRAFT', 'PUBLISHED')),
    CONSTRAINT ck_survey_audience CHECK (audience IN ('RESIDENTS', 'LINK_ACCOUNT', 'LINK_ANONYMOUS')),
    CONSTRAINT ck_survey_dates CHECK (opens_at < closes_at)
) ENGINE=InnoDB;
CREATE INDEX ix_survey_list ON survey (status, audience, created_at, id);
CREATE INDEX ix_survey_community ON survey (community_id, created_at, id);

-- the grids a RESIDENTS survey asks (none: the whole community)
CREATE TABLE survey_grid (
    survey_id  BIGINT NOT NULL,
    grid_id    BIGINT NOT NULL,
    PRIMARY KEY (survey_id, grid_id),
    CONSTRAINT fk_survey_grid_survey FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE,
    CONSTRAINT fk_survey_grid_grid FOREIGN KEY (grid_id) REFERENCES place_grid (id)
) ENGINE=InnoDB;

CREATE TABLE survey_section (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    survey_id    BIGINT        NOT NULL,
    position     INT           NOT NULL,
    title        VARCHAR(120)  NOT NULL,
    description  TEXT          NULL,
    CONSTRAINT fk_survey_section_survey FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE,
    CONSTRAINT uq_survey_section_position UNIQUE (survey_id, position)
) ENGINE=InnoDB;

-- options: the choices, a matrix's shared scale or a scale's two end labels; rows: a matrix's rows (JSON arrays of text)
CREATE TABLE survey_question (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    survey_id    BIGINT        NOT NULL,
    section_id   BIGINT        NOT NULL,
    -- 1-based across the survey
    number       INT           NOT NULL,
    type         VARCHAR(12)   NOT NULL,
    text         VARCHAR(500)  NOT NULL,
    required     BOOLEAN       NOT NULL,
    options      TEXT          NOT NULL CHECK (JSON_VALID(options)),
    matrix_rows  TEXT          NOT NULL CHECK (JSON_VALID(matrix_rows)),
    max_choices  INT           NULL,
    CONSTRAINT fk_survey_question_survey FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE,
    CONSTRAINT fk_survey_question_section FOREIGN KEY (section_id) REFERENCES survey_section (id) ON DELETE CASCADE,
    CONSTRAINT uq_survey_question_number UNIQUE (survey_id, number),
    CONSTRAINT ck_survey_question_type CHECK (type IN ('SINGLE', 'MULTIPLE', 'SCALE', 'SHORT_TEXT', 'LONG_TEXT', 'MATRIX'))
) ENGINE=InnoDB;

-- one per respondent: respondent_ref is the person's pseudonym within the survey (audit.AuditLog.pseudonym) or
-- "b-" and the hash of an anonymous browser's key; null for an anonymous paper form (each one counts)
CREATE TABLE survey_response (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    survey_id       BIGINT        NOT NULL,
    respondent_ref  VARCHAR(80)   NULL,
    channel         VARCHAR(20)   NOT NULL,
    -- the staff member who entered a paper form (never exported)
    entered_by      BIGINT        NULL,
    answered_at     DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_survey_response_survey FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE,
    CONSTRAINT uq_survey_response_respondent UNIQUE (survey_id, respondent_ref),
    CONSTRAINT ck_survey_response_channel CHECK (channel IN ('ONLINE', 'ONLINE_ANONYMOUS', 'PAPER_ATTESTED', 'PAPER_ANONYMOUS'))
) ENGINE=InnoDB;
CREATE INDEX ix_survey_response_channel ON survey_response (survey_id, channel);

-- one row per value: a pick (choice index), a scale value, a matrix cell (row_index, value = column) or a text
CREATE TABLE survey_answer (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    survey_id    BIGINT        NOT NULL,
    response_id  BIGINT        NOT NULL,
    question_id  BIGINT        NOT NULL,
    row_index    INT           NULL,
    value        INT           NULL,
    text         TEXT          NULL,
    -- free text only: PENDING until the committee shows or hides it
    moderation   VARCHAR(10)   NULL,
    answered_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_survey_answer_response FOREIGN KEY (response_id) REFERENCES survey_response (id) ON DELETE CASCADE,
    CONSTRAINT fk_survey_answer_question FOREIGN KEY (question_id) REFERENCES survey_question (id) ON DELETE CASCADE,
    CONSTRAINT ck_survey_answer_kind CHECK ((value IS NULL) <> (text IS NULL)),
    CONSTRAINT ck_survey_answer_moderation CHECK (moderation IS NULL OR moderation IN ('PENDING', 'SHOWN', 'HIDDEN'))
) ENGINE=InnoDB;
CREATE INDEX ix_survey_answer_count ON survey_answer (survey_id, question_id, row_index, value);
CREATE INDEX ix_survey_answer_text ON survey_answer (question_id, moderation, id);
