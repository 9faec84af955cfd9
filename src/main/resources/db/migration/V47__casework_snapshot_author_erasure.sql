-- Personal-data rights (PIPL): a resident who erases their account leaves their words in the cases
-- (the residents' words stay, exactly), but not their name. The snapshot triggers of V36 and V29_1
-- therefore allow one change and no other: an author's name blanked ('') — the screens then read
-- "a former resident". Every other snapshot column stays as immutable as before, byte for byte.
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
            AND BINARY NEW.source <=> BINARY OLD.source
            AND NEW.request_id <=> OLD.request_id
            AND NEW.proposal_id <=> OLD.proposal_id) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The snapshot of a case (snap_* columns) is immutable';
    END IF;
END$$
DELIMITER ;

DROP TRIGGER IF EXISTS casework_snapshot_comment_immutable;
DELIMITER $$
CREATE TRIGGER casework_snapshot_comment_immutable BEFORE UPDATE ON casework_snapshot_comment FOR EACH ROW
BEGIN
    IF NOT (NEW.case_id <=> OLD.case_id
            AND NEW.position <=> OLD.position
            AND BINARY NEW.stance <=> BINARY OLD.stance
            AND BINARY NEW.body_html <=> BINARY OLD.body_html
            AND NEW.upvotes <=> OLD.upvotes
            AND (BINARY NEW.author <=> BINARY OLD.author OR BINARY NEW.author = BINARY '')) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The comments of a case snapshot are immutable';
    END IF;
END$$
DELIMITER ;
