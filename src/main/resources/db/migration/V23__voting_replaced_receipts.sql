-- Receipts that a later ballot of the same voter replaced, so a receipt check can say "replaced
-- by a later ballot" instead of "not found". Only the code and its vote: nothing names the voter.
-- Written by a trigger, so every path that changes a ballot keeps it and a cast sends no extra statement.
CREATE TABLE voting_replaced_receipt (
    consultation_id BIGINT      NOT NULL,
    receipt         VARCHAR(20) NOT NULL,
    PRIMARY KEY (consultation_id, receipt),
    CONSTRAINT fk_voting_replaced_receipt_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
) ENGINE=InnoDB;

DELIMITER $$
CREATE TRIGGER voting_ballot_keep_replaced_receipt AFTER UPDATE ON voting_ballot FOR EACH ROW
BEGIN
    IF OLD.receipt <> NEW.receipt THEN
        INSERT IGNORE INTO voting_replaced_receipt (consultation_id, receipt) VALUES (OLD.consultation_id, OLD.receipt);
    END IF;
END$$
DELIMITER ;

-- "my votes" and "needs your vote" read the electorate by person
CREATE INDEX ix_voting_elector_user ON voting_elector (user_id, consultation_id);
