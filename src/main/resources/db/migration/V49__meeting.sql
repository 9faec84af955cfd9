-- Residents' meetings in a room: scheduled with an agenda, signed in, decided item by item, minuted.
CREATE TABLE meeting (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id          BIGINT        NOT NULL,
    -- RESIDENTS_MEETING 居民会议, REPRESENTATIVES_MEETING 居民代表会议, CONSULTATION_MEETING 议事协商会, HEARING 听证会
    kind                  VARCHAR(30)   NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    description_markdown  TEXT          NULL,
    description_html      TEXT          NULL,
    starts_at             DATETIME(6)   NOT NULL,
    ends_at               DATETIME(6)   NULL,
    place                 VARCHAR(200)  NOT NULL,
    -- other invited parties as the committee names them (the property company …); offices in meeting_office
    invited_parties       VARCHAR(500)  NULL,
    whole_community       BOOLEAN       NOT NULL DEFAULT TRUE,
    -- DRAFT → PUBLISHED (public, residents in scope told) → HELD (minutes published) ; or CANCELLED with a public reason
    status                VARCHAR(20)   NOT NULL DEFAULT 'DRAFT',
    cancel_reason         VARCHAR(500)  NULL,
    created_by            BIGINT        NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    published_at          DATETIME(6)   NULL,
    minutes_markdown      MEDIUMTEXT    NULL,
    minutes_html          MEDIUMTEXT    NULL,
    minutes_published_at  DATETIME(6)   NULL,
    minutes_published_by  BIGINT        NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_meeting_community FOREIGN KEY (community_id) REFERENCES place_community (id),
    CONSTRAINT fk_meeting_created_by FOREIGN KEY (created_by) REFERENCES account_user (id),
    CONSTRAINT ck_meeting_kind CHECK (kind IN ('RESIDENTS_MEETING', 'REPRESENTATIVES_MEETING', 'CONSULTATION_MEETING', 'HEARING')),
    CONSTRAINT ck_meeting_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'HELD', 'CANCELLED'))
) ENGINE=InnoDB;
CREATE INDEX ix_meeting_community_starts ON meeting (community_id, starts_at);
CREATE INDEX ix_meeting_status_starts ON meeting (status, starts_at);

-- the grids a meeting is for when not the whole community
CREATE TABLE meeting_grid (
    meeting_id BIGINT NOT NULL,
    grid_id    BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, grid_id),
    CONSTRAINT fk_meeting_grid_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_grid_grid FOREIGN KEY (grid_id) REFERENCES place_grid (id)
) ENGINE=InnoDB;

-- offices invited (grid station, street departments)
CREATE TABLE meeting_office (
    meeting_id BIGINT NOT NULL,
    office_id  BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, office_id),
    CONSTRAINT fk_meeting_office_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_office_office FOREIGN KEY (office_id) REFERENCES place_office (id)
) ENGINE=InnoDB;

CREATE TABLE meeting_agenda_item (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    meeting_id               BIGINT        NOT NULL,
    position                 INT           NOT NULL,
    title                    VARCHAR(200)  NOT NULL,
    note_markdown            TEXT          NULL,
    note_html                TEXT          NULL,
    -- what the item is about, when it links one: CONSULTATION, PROPOSAL, REQUEST, CASE, INITIATIVE (meeting.AgendaLinkKind)
    link_kind                VARCHAR(30)   NULL,
    link_id                  BIGINT        NULL,
    -- the decision, once recorded: SHOW_OF_HANDS (counts) or CONSENSUS (a note), or REFERRED to an online vote
    method                   VARCHAR(20)   NULL,
    votes_for                INT           NULL,
    votes_against            INT           NULL,
    votes_abstain            INT           NULL,
    -- attendance when the count was taken: a passed item has more than half of it in favour
    present                  INT           NULL,
    passed                   BOOLEAN       NULL,
    consensus_markdown       TEXT          NULL,
    consensus_html           TEXT          NULL,
    -- two committee members sign every recorded decision: who recorded it and who confirmed it
    recorded_by              BIGINT        NULL,
    confirmed_by             BIGINT        NULL,
    recorded_at              DATETIME(6)   NULL,
    referred_consultation_id BIGINT        NULL,
    CONSTRAINT fk_meeting_item_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT uk_meeting_item_position UNIQUE (meeting_id, position),
    CONSTRAINT ck_meeting_item_link CHECK ((link_kind IS NULL) = (link_id IS NULL)),
    CONSTRAINT ck_meeting_item_method CHECK (method IS NULL OR method IN ('SHOW_OF_HANDS', 'CONSENSUS', 'REFERRED')),
    CONSTRAINT ck_meeting_item_counts CHECK (votes_for IS NULL OR (votes_for >= 0 AND votes_against >= 0 AND votes_abstain >= 0
        AND votes_for + votes_against + votes_abstain <= present)),
    CONSTRAINT ck_meeting_item_signatories CHECK (recorded_by IS NULL OR (confirmed_by IS NOT NULL AND confirmed_by <> recorded_by))
) ENGINE=InnoDB;
CREATE INDEX ix_meeting_item_link ON meeting_agenda_item (link_kind, link_id);

-- residents' answers to "will you come?"
CREATE TABLE meeting_rsvp (
    meeting_id  BIGINT       NOT NULL,
    user_id     BIGINT       NOT NULL,
    answer      VARCHAR(10)  NOT NULL,
    answered_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (meeting_id, user_id),
    CONSTRAINT fk_meeting_rsvp_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_rsvp_user FOREIGN KEY (user_id) REFERENCES account_user (id),
    CONSTRAINT ck_meeting_rsvp_answer CHECK (answer IN ('YES', 'NO', 'MAYBE'))
) ENGINE=InnoDB;

CREATE TABLE meeting_follower (
    meeting_id BIGINT NOT NULL,
    user_id    BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, user_id),
    CONSTRAINT fk_meeting_follower_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_follower_user FOREIGN KEY (user_id) REFERENCES account_user (id)
) ENGINE=InnoDB;

-- who was signed in at the meeting: a verified resident of the scope (once), or a walk-in by name
CREATE TABLE meeting_attendance (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    meeting_id               BIGINT        NOT NULL,
    user_id                  BIGINT        NULL,
    walk_in_name             VARCHAR(100)  NULL,
    household_key            VARCHAR(200)  NULL,
    household_representative BOOLEAN       NOT NULL DEFAULT FALSE,
    signed_by                BIGINT        NOT NULL,
    signed_at                DATETIME(6)   NOT NULL,
    CONSTRAINT fk_meeting_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_attendance_user FOREIGN KEY (user_id) REFERENCES account_user (id),
    CONSTRAINT uk_meeting_attendance_user UNIQUE (meeting_id, user_id),
    CONSTRAINT ck_meeting_attendance_who CHECK ((user_id IS NULL) <> (walk_in_name IS NULL))
) ENGINE=InnoDB;
CREATE INDEX ix_meeting_attendance_household ON meeting_attendance (meeting_id, household_key);

-- after the minutes are published they never change: a correction is a public note beside them
CREATE TABLE meeting_correction (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    meeting_id    BIGINT       NOT NULL,
    note_markdown TEXT         NOT NULL,
    note_html     TEXT         NOT NULL,
    created_by    BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_meeting_correction_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE=InnoDB;

-- published minutes are immutable (corrections go to meeting_correction)
CREATE TRIGGER tr_meeting_minutes_immutable BEFORE UPDATE ON meeting FOR EACH ROW
BEGIN
    IF OLD.minutes_published_at IS NOT NULL AND (NOT (NEW.minutes_markdown <=> OLD.minutes_markdown)
            OR NOT (NEW.minutes_published_at <=> OLD.minutes_published_at)) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'published minutes are immutable';
    END IF;
END;

-- a recorded decision is final
CREATE TRIGGER tr_meeting_item_decision_final BEFORE UPDATE ON meeting_agenda_item FOR EACH ROW
BEGIN
    IF OLD.method IS NOT NULL AND (NOT (NEW.method <=> OLD.method) OR NOT (NEW.votes_for <=> OLD.votes_for)
            OR NOT (NEW.votes_against <=> OLD.votes_against) OR NOT (NEW.votes_abstain <=> OLD.votes_abstain)
            OR NOT (NEW.passed <=> OLD.passed) OR NOT (NEW.recorded_by <=> OLD.recorded_by)
            OR NOT (NEW.confirmed_by <=> OLD.confirmed_by)) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a recorded decision is final';
    END IF;
END;
