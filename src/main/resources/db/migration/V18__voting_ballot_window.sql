-- No ballot is written outside its consultation's voting window, whatever the code that writes it.
-- The check reads the consultation under a shared lock (a phase change writes that row first, so
-- it waits for ballots in flight, and ballots after it see the new dates) and refuses a ballot once
-- the result is stored. VoteService relies on it: a cast needs no separate phase query.
-- An INSERT … ON DUPLICATE KEY UPDATE fires the insert trigger even when it updates.
DELIMITER $$
CREATE PROCEDURE voting_ballot_check_window(IN consultation BIGINT, IN cast_at DATETIME(6))
BEGIN
    DECLARE opens DATETIME(6) DEFAULT NULL;
    DECLARE closes DATETIME(6) DEFAULT NULL;
    DECLARE results INT DEFAULT 0;
    SELECT voting_open_at, voting_close_at INTO opens, closes FROM consultation
        WHERE id = consultation AND status = 'PUBLISHED' LOCK IN SHARE MODE;
    SELECT COUNT(*) INTO results FROM voting_result WHERE consultation_id = consultation LOCK IN SHARE MODE;
    IF opens IS NULL OR cast_at < opens OR cast_at >= closes OR results > 0 THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'gridvoice: ballot outside the voting window';
    END IF;
END$$

CREATE TRIGGER voting_ballot_window_insert BEFORE INSERT ON voting_ballot FOR EACH ROW
    CALL voting_ballot_check_window(NEW.consultation_id, NEW.cast_at)$$

CREATE TRIGGER voting_ballot_window_update BEFORE UPDATE ON voting_ballot FOR EACH ROW
    CALL voting_ballot_check_window(NEW.consultation_id, NEW.cast_at)$$
DELIMITER ;
