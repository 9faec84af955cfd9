-- The vote line of a case's snapshot and the residents' confirmations become columns instead of
-- positional strings ("method;yes;no;abstain;approvals;turnout;electorate;accepted" and
-- "resolution=…;satisfaction=…\ncomment"). Existing rows are converted here, once, on the record.
-- The snapshot trigger of V29_1 names snap_vote, so it is dropped and recreated to cover the new columns.
DROP TRIGGER IF EXISTS casework_case_snapshot_immutable;

ALTER TABLE casework_case
    ADD COLUMN snap_vote_method      VARCHAR(20) AFTER snap_consultation,
    ADD COLUMN snap_vote_yes         INT AFTER snap_vote_method,
    ADD COLUMN snap_vote_no          INT AFTER snap_vote_yes,
    ADD COLUMN snap_vote_abstentions INT AFTER snap_vote_no,
    ADD COLUMN snap_vote_approvals   INT AFTER snap_vote_abstentions,
    ADD COLUMN snap_vote_turnout     INT AFTER snap_vote_approvals,
    ADD COLUMN snap_vote_electorate  INT AFTER snap_vote_turnout,
    ADD COLUMN snap_vote_accepted    BOOLEAN AFTER snap_vote_electorate;

-- field n of the old string: SUBSTRING_INDEX(SUBSTRING_INDEX(s, ';', n), ';', -1); a malformed field reads as 0
UPDATE casework_case SET
    snap_vote_method      = SUBSTRING_INDEX(snap_vote, ';', 1),
    snap_vote_yes         = CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(snap_vote, ';', 2), ';', -1) AS SIGNED),
    snap_vote_no          = CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(snap_vote, ';', 3), ';', -1) AS SIGNED),
    snap_vote_abstentions = CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(snap_vote, ';', 4), ';', -1) AS SIGNED),
    snap_vote_approvals   = CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(snap_vote, ';', 5), ';', -1) AS SIGNED),
    snap_vote_turnout     = CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(snap_vote, ';', 6), ';', -1) AS SIGNED),
    snap_vote_electorate  = CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(snap_vote, ';', 7), ';', -1) AS SIGNED),
    snap_vote_accepted    = SUBSTRING_INDEX(SUBSTRING_INDEX(snap_vote, ';', 8), ';', -1) = 'true';

ALTER TABLE casework_case
    MODIFY snap_vote_method      VARCHAR(20) NOT NULL,
    MODIFY snap_vote_yes         INT NOT NULL,
    MODIFY snap_vote_no          INT NOT NULL,
    MODIFY snap_vote_abstentions INT NOT NULL,
    MODIFY snap_vote_approvals   INT NOT NULL,
    MODIFY snap_vote_turnout     INT NOT NULL,
    MODIFY snap_vote_electorate  INT NOT NULL,
    MODIFY snap_vote_accepted    BOOLEAN NOT NULL,
    DROP COLUMN snap_vote;

DELIMITER $$
CREATE TRIGGER casework_case_snapshot_immutable BEFORE UPDATE ON casework_case FOR EACH ROW
BEGIN
    IF NOT (BINARY NEW.snap_title <=> BINARY OLD.snap_title
            AND BINARY NEW.snap_body <=> BINARY OLD.snap_body
            AND BINARY NEW.snap_body_html <=> BINARY OLD.snap_body_html
            AND BINARY NEW.snap_author <=> BINARY OLD.snap_author
            AND BINARY NEW.snap_category_zh <=> BINARY OLD.snap_category_zh
            AND BINARY NEW.snap_category_en <=> BINARY OLD.snap_category_en
            AND BINARY NEW.snap_grid <=> BINARY OLD.snap_grid
            AND BINARY NEW.snap_place <=> BINARY OLD.snap_place
            AND NEW.snap_endorsements <=> OLD.snap_endorsements
            AND BINARY NEW.snap_consultation <=> BINARY OLD.snap_consultation
            AND BINARY NEW.snap_vote_method <=> BINARY OLD.snap_vote_method
            AND NEW.snap_vote_yes <=> OLD.snap_vote_yes
            AND NEW.snap_vote_no <=> OLD.snap_vote_no
            AND NEW.snap_vote_abstentions <=> OLD.snap_vote_abstentions
            AND NEW.snap_vote_approvals <=> OLD.snap_vote_approvals
            AND NEW.snap_vote_turnout <=> OLD.snap_vote_turnout
            AND NEW.snap_vote_electorate <=> OLD.snap_vote_electorate
            AND NEW.snap_vote_accepted <=> OLD.snap_vote_accepted) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The snapshot of a case (snap_* columns) is immutable';
    END IF;
END$$
DELIMITER ;

-- A resident's answers on a CONFIRMED timeline entry (who gave them is not recorded here: the
-- timeline is public). The entry's note keeps only the resident's optional comment.
CREATE TABLE casework_confirmation (
    event_id      BIGINT      NOT NULL PRIMARY KEY,
    resolution    VARCHAR(12) NOT NULL,
    satisfaction  VARCHAR(12) NOT NULL,
    CONSTRAINT fk_cw_confirmation_event FOREIGN KEY (event_id) REFERENCES casework_event (id)
) ENGINE=InnoDB;

INSERT INTO casework_confirmation (event_id, resolution, satisfaction)
SELECT id,
       SUBSTRING_INDEX(SUBSTRING_INDEX(SUBSTRING_INDEX(note, '\n', 1), 'resolution=', -1), ';', 1),
       SUBSTRING_INDEX(SUBSTRING_INDEX(SUBSTRING_INDEX(note, '\n', 1), 'satisfaction=', -1), ';', 1)
FROM casework_event WHERE kind = 'CONFIRMED' AND note LIKE 'resolution=%';

UPDATE casework_event
SET note = CASE WHEN LOCATE('\n', note) > 0 THEN SUBSTRING(note, LOCATE('\n', note) + 1) END
WHERE kind = 'CONFIRMED' AND note LIKE 'resolution=%';
