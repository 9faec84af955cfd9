-- Ballots hold no user id: voter_ref is a pseudonym of the voter (or of the household under the
-- household rule). One row per voter per consultation, enforced by the primary key.
CREATE TABLE voting_ballot (
    consultation_id BIGINT      NOT NULL,
    voter_ref       VARCHAR(40) NOT NULL,
    caster_ref      VARCHAR(40) NOT NULL,
    receipt         VARCHAR(20) NOT NULL,
    cast_at         DATETIME(6) NOT NULL,
    changes         INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (consultation_id, voter_ref),
    CONSTRAINT fk_voting_ballot_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT uk_voting_ballot_receipt UNIQUE (receipt)
) ENGINE=InnoDB;

-- yes/no/abstain: 1 / -1 / 0; approval: 1 per pick; ranked: the rank (1 = first choice).
CREATE TABLE voting_choice (
    consultation_id BIGINT      NOT NULL,
    voter_ref       VARCHAR(40) NOT NULL,
    proposal_id     BIGINT      NOT NULL,
    value           INT         NOT NULL,
    PRIMARY KEY (consultation_id, voter_ref, proposal_id),
    CONSTRAINT fk_voting_choice_ballot FOREIGN KEY (consultation_id, voter_ref) REFERENCES voting_ballot (consultation_id, voter_ref),
    CONSTRAINT fk_voting_choice_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
) ENGINE=InnoDB;
CREATE INDEX ix_voting_choice_tally ON voting_choice (consultation_id, proposal_id, value);
