-- The result of a consultation's vote, computed once when voting closes and never changed.
CREATE TABLE voting_result (
    consultation_id BIGINT      NOT NULL PRIMARY KEY,
    closed_at       DATETIME(6) NOT NULL,
    method          VARCHAR(20) NOT NULL,
    electorate      INT         NOT NULL,
    turnout         INT         NOT NULL,
    quorum_met      BOOLEAN     NOT NULL,
    chain_head      CHAR(64)    NOT NULL,
    CONSTRAINT fk_voting_result_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
) ENGINE=InnoDB;

CREATE TABLE voting_result_line (
    consultation_id BIGINT  NOT NULL,
    proposal_id     BIGINT  NOT NULL,
    yes_votes       INT     NOT NULL DEFAULT 0,
    no_votes        INT     NOT NULL DEFAULT 0,
    abstentions     INT     NOT NULL DEFAULT 0,
    approvals       INT     NOT NULL DEFAULT 0,
    accepted        BOOLEAN NOT NULL,
    tied            BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (consultation_id, proposal_id),
    CONSTRAINT fk_voting_result_line_result FOREIGN KEY (consultation_id) REFERENCES voting_result (consultation_id),
    CONSTRAINT fk_voting_result_line_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
) ENGINE=InnoDB;
