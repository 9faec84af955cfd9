-- The residents' words a case was routed with (snap_* columns and the snapshot's comments) are
-- written once and never changed: the database refuses any update of them, whoever sends it.
-- Comparisons are binary, so a change of letter case or trailing spaces is refused too.
-- (V25_1 rewrote stored HTML once, before these triggers existed; a later rewrite of that kind
-- would have to drop and recreate them in its own migration, on the record.)
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
            AND BINARY NEW.snap_vote <=> BINARY OLD.snap_vote) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The snapshot of a case (snap_* columns) is immutable';
    END IF;
END$$

CREATE TRIGGER casework_snapshot_comment_immutable BEFORE UPDATE ON casework_snapshot_comment FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The comments of a case snapshot are immutable';
END$$
DELIMITER ;
