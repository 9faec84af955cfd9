-- Participatory budgeting (民生微实事, issue 17).
-- The budget of a budget consultation (NULL: an ordinary consultation) and the author's cost estimate.
ALTER TABLE consultation
    ADD COLUMN budget_total_yuan       BIGINT NULL,
    ADD COLUMN budget_max_project_yuan BIGINT NULL;

ALTER TABLE proposal
    ADD COLUMN cost_yuan BIGINT NULL;

-- The feasibility review of a budget consultation's proposal: one verdict a proposal, revisable until
-- voting opens. office_id NULL: reviewed by the committee.
CREATE TABLE budgeting_review (
    proposal_id         BIGINT        NOT NULL PRIMARY KEY,
    consultation_id     BIGINT        NOT NULL,
    feasible            BOOLEAN       NOT NULL,
    reason              VARCHAR(2000) NOT NULL,
    corrected_cost_yuan BIGINT        NULL,
    cost_note           VARCHAR(1000) NULL,
    reviewer_id         BIGINT        NOT NULL,
    office_id           BIGINT        NULL,
    reviewed_at         DATETIME(6)   NOT NULL,
    CONSTRAINT fk_budgeting_review_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
    CONSTRAINT fk_budgeting_review_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_budgeting_review_reviewer FOREIGN KEY (reviewer_id) REFERENCES account_user (id),
    CONSTRAINT fk_budgeting_review_office FOREIGN KEY (office_id) REFERENCES place_office (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_budgeting_review_consultation ON budgeting_review (consultation_id, feasible);

-- A budget vote's ballot as fixed when voting opened: the feasible projects at their reviewed cost.
CREATE TABLE voting_budget_project (
    consultation_id BIGINT NOT NULL,
    proposal_id     BIGINT NOT NULL,
    cost_yuan       BIGINT NOT NULL,
    PRIMARY KEY (consultation_id, proposal_id),
    CONSTRAINT fk_voting_budget_project_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_voting_budget_project_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
) ENGINE=InnoDB;

-- A budget vote's result: the budget at the close, and per project its rank, cost, the funding
-- rule's outcome, the budget left after its turn, and whether the committee chose it at a tie.
ALTER TABLE voting_result
    ADD COLUMN budget_total_yuan BIGINT NULL;

ALTER TABLE voting_result_line
    ADD COLUMN budget_rank      INT         NULL,
    ADD COLUMN cost_yuan        BIGINT      NULL,
    ADD COLUMN budget_outcome   VARCHAR(10) NULL,
    ADD COLUMN remaining_yuan   BIGINT      NULL,
    ADD COLUMN chosen_at_tie    BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD CONSTRAINT ck_voting_result_line_outcome
        CHECK (budget_outcome IS NULL OR budget_outcome IN ('FUNDED', 'SKIPPED', 'NO_VOTES', 'TIED', 'WAITING'));
