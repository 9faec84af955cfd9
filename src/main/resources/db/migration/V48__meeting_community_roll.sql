-- The figures a residents' meeting's quorum and a residents' initiative's threshold are taken against,
-- per community, as the committee states them from its register (adults, households, residents' groups),
-- with the statutory fractions, which a community may set otherwise. Without a row, the verified
-- residents and their households on GridVoice stand in (see meeting.CommunityRoll).
CREATE TABLE meeting_community_roll (
    community_id              BIGINT       NOT NULL PRIMARY KEY,
    adult_residents           INT          NULL,
    households                INT          NULL,
    residents_groups          INT          NULL,
    -- a 居民会议 is quorate with more than this share (percent) of adults or of households present
    meeting_quorum_percent    INT          NOT NULL DEFAULT 50,
    -- an initiative obliges the committee at this share (percent) of adults or households, or of residents' groups
    initiative_percent        INT          NOT NULL DEFAULT 20,
    initiative_groups_percent INT          NOT NULL DEFAULT 34,
    -- days the committee has, once an initiative reaches its threshold, to schedule the meeting
    initiative_deadline_days  INT          NOT NULL DEFAULT 30,
    updated_by                BIGINT       NULL,
    updated_at                DATETIME(6)  NULL,
    CONSTRAINT fk_meeting_roll_community FOREIGN KEY (community_id) REFERENCES place_community (id),
    CONSTRAINT ck_meeting_roll_counts CHECK ((adult_residents IS NULL OR adult_residents >= 0)
        AND (households IS NULL OR households >= 0) AND (residents_groups IS NULL OR residents_groups >= 0)),
    CONSTRAINT ck_meeting_roll_percent CHECK (meeting_quorum_percent BETWEEN 1 AND 99 AND initiative_percent BETWEEN 1 AND 99
        AND initiative_groups_percent BETWEEN 1 AND 99 AND initiative_deadline_days BETWEEN 1 AND 365)
);
