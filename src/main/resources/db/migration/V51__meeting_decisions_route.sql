-- A proposal decided by a show of hands (or consensus) at a residents' meeting instead of an online vote:
-- which meeting decided it. Such a proposal is off any later ballot of its consultation.
ALTER TABLE proposal ADD COLUMN decided_meeting_id BIGINT NULL;

-- The case snapshot of a proposal decided at a meeting keeps the meeting's record beside the (absent) vote:
-- its title, kind, date, attendance and counts or consensus note. Immutable like every snapshot column.
ALTER TABLE casework_case
    ADD COLUMN snap_meeting_id             BIGINT       NULL,
    ADD COLUMN snap_meeting_title          VARCHAR(200) NULL,
    ADD COLUMN snap_meeting_kind           VARCHAR(30)  NULL,
    ADD COLUMN snap_meeting_at             DATETIME(6)  NULL,
    ADD COLUMN snap_meeting_present        INT          NULL,
    ADD COLUMN snap_meeting_method         VARCHAR(20)  NULL,
    ADD COLUMN snap_meeting_for            INT          NULL,
    ADD COLUMN snap_meeting_against        INT          NULL,
    ADD COLUMN snap_meeting_abstain        INT          NULL,
    ADD COLUMN snap_meeting_consensus_html TEXT         NULL;

DROP TRIGGER IF EXISTS casework_case_snapshot_immutable;
DELIMITER $$
CREATE TRIGGER casework_case_snapshot_immutable BEFORE UPDATE ON casework_case FOR EACH ROW
BEGIN
    IF NOT (BINARY NEW.snap_title <=> BINARY OLD.snap_title
            AND BINARY NEW.snap_body <=> BINARY OLD.snap_body
            AND BINARY NEW.snap_body_html <=> BINARY OLD.snap_body_html
            AND (BINARY NEW.snap_author <=> BINARY OLD.snap_author OR BINARY NEW.snap_author = BINARY '')
            AND NEW.snap_author_shown <=> OLD.snap_author_shown
            AND BINARY NEW.snap_category_zh <=> BINARY OLD.snap_category_zh
            AND BINARY NEW.snap_category_en <=> BINARY OLD.snap_category_en
            AND BINARY NEW.snap_grid <=> BINARY OLD.snap_grid
            AND BINARY NEW.snap_place <=> BINARY OLD.snap_place
            AND NEW.snap_latitude <=> OLD.snap_latitude
            AND NEW.snap_longitude <=> OLD.snap_longitude
            AND NEW.snap_endorsements <=> OLD.snap_endorsements
            AND BINARY NEW.snap_consultation <=> BINARY OLD.snap_consultation
            AND BINARY NEW.snap_vote_method <=> BINARY OLD.snap_vote_method
            AND NEW.snap_vote_yes <=> OLD.snap_vote_yes
            AND NEW.snap_vote_no <=> OLD.snap_vote_no
            AND NEW.snap_vote_abstentions <=> OLD.snap_vote_abstentions
            AND NEW.snap_vote_approvals <=> OLD.snap_vote_approvals
            AND NEW.snap_vote_turnout <=> OLD.snap_vote_turnout
            AND NEW.snap_vote_electorate <=> OLD.snap_vote_electorate
            AND NEW.snap_vote_accepted <=> OLD.snap_vote_accepted
            AND NEW.snap_meeting_id <=> OLD.snap_meeting_id
            AND BINARY NEW.snap_meeting_title <=> BINARY OLD.snap_meeting_title
            AND BINARY NEW.snap_meeting_kind <=> BINARY OLD.snap_meeting_kind
            AND NEW.snap_meeting_at <=> OLD.snap_meeting_at
            AND NEW.snap_meeting_present <=> OLD.snap_meeting_present
            AND BINARY NEW.snap_meeting_method <=> BINARY OLD.snap_meeting_method
            AND NEW.snap_meeting_for <=> OLD.snap_meeting_for
            AND NEW.snap_meeting_against <=> OLD.snap_meeting_against
            AND NEW.snap_meeting_abstain <=> OLD.snap_meeting_abstain
            AND BINARY NEW.snap_meeting_consensus_html <=> BINARY OLD.snap_meeting_consensus_html
            AND BINARY NEW.source <=> BINARY OLD.source
            AND NEW.request_id <=> OLD.request_id
            AND NEW.proposal_id <=> OLD.proposal_id) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The snapshot of a case (snap_* columns) is immutable';
    END IF;
END$$
DELIMITER ;
