-- Instant-runoff rounds of a ranked vote, published with the result.
CREATE TABLE voting_irv_round (
    consultation_id BIGINT  NOT NULL,
    round_no        INT     NOT NULL,
    proposal_id     BIGINT  NOT NULL,
    votes           INT     NOT NULL,
    eliminated      BOOLEAN NOT NULL,
    PRIMARY KEY (consultation_id, round_no, proposal_id),
    CONSTRAINT fk_voting_irv_round_result FOREIGN KEY (consultation_id) REFERENCES voting_result (consultation_id)
) ENGINE=InnoDB;
