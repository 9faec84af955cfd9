-- Paper ballots (现场投票): staff record at the committee office, with a witness, the ballot of an
-- elector who comes in person. They sit in the same tables as online ballots, so every count
-- includes them; the channel tells them apart for the result page and the published ballots.
ALTER TABLE voting_ballot
    ADD COLUMN channel VARCHAR(10) NOT NULL DEFAULT 'ONLINE',
    ADD CONSTRAINT ck_voting_ballot_channel CHECK (channel IN ('ONLINE', 'PAPER'));

-- A voter changes their ballot only through the channel they used: a paper ballot only at the
-- committee (with a witness again), an online one only online. Enforced here, so a cast needs no
-- extra statement: the write sets the channel it comes through and this refuses a switch.
DELIMITER $$
CREATE TRIGGER voting_ballot_same_channel BEFORE UPDATE ON voting_ballot FOR EACH ROW
BEGIN
    IF OLD.channel <> NEW.channel THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'gridvoice: ballot cast through the other channel';
    END IF;
END$$
DELIMITER ;
