-- A proposal's whole life on its own row: status beyond OPEN / WITHDRAWN (QUALIFIED, NOT_QUALIFIED,
-- ON_BALLOT, ACCEPTED, NOT_ACCEPTED, ROUTED, RESOLVED, CLOSED), the date of each stage, its result
-- line, and its case (id, office name, case status), written by the services of voting and casework
-- in the transactions that cause them. Existing rows get what the voting and casework tables say.
ALTER TABLE proposal
    ADD COLUMN qualified_at       DATETIME(6),
    ADD COLUMN ballot_at          DATETIME(6),
    ADD COLUMN decided_at         DATETIME(6),
    ADD COLUMN result_method      VARCHAR(20),
    ADD COLUMN result_yes         INT,
    ADD COLUMN result_no          INT,
    ADD COLUMN result_abstentions INT,
    ADD COLUMN result_approvals   INT,
    ADD COLUMN result_tied        BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN case_id            BIGINT,
    ADD COLUMN case_office        VARCHAR(200),
    ADD COLUMN case_status        VARCHAR(20),
    ADD COLUMN routed_at          DATETIME(6),
    ADD COLUMN resolved_at        DATETIME(6),
    ADD COLUMN closed_at          DATETIME(6);

-- qualified when the endorsement that reached the threshold came
CREATE TEMPORARY TABLE proposal_reached (proposal_id BIGINT PRIMARY KEY, reached_at DATETIME(6) NOT NULL);
INSERT INTO proposal_reached (proposal_id, reached_at)
SELECT proposal_id, endorsed_at FROM (
    SELECT e.proposal_id, e.endorsed_at, c.endorsement_threshold AS threshold,
           ROW_NUMBER() OVER (PARTITION BY e.proposal_id ORDER BY e.endorsed_at, e.user_id) AS n
    FROM proposal_endorsement e JOIN proposal p ON p.id = e.proposal_id JOIN consultation c ON c.id = p.consultation_id) ranked
WHERE n = threshold;
UPDATE proposal p JOIN proposal_reached r ON r.proposal_id = p.id SET p.qualified_at = r.reached_at WHERE p.qualified;
DROP TEMPORARY TABLE proposal_reached;

UPDATE proposal SET status = 'QUALIFIED' WHERE status = 'OPEN' AND qualified;

-- the proposals phase is over: below the threshold stays there; voting opened: the qualified are on the ballot
UPDATE proposal p JOIN consultation c ON c.id = p.consultation_id
SET p.status = 'NOT_QUALIFIED'
WHERE p.status = 'OPEN' AND c.announced_phase IN ('DELIBERATION', 'VOTING', 'CLOSED');
UPDATE proposal p JOIN consultation c ON c.id = p.consultation_id LEFT JOIN voting_rules r ON r.consultation_id = p.consultation_id
SET p.status = 'ON_BALLOT', p.ballot_at = r.locked_at
WHERE p.status = 'QUALIFIED' AND c.announced_phase IN ('VOTING', 'CLOSED');

-- the result
UPDATE proposal p JOIN voting_result_line l ON l.proposal_id = p.id JOIN voting_result r ON r.consultation_id = l.consultation_id
SET p.status = IF(l.accepted, 'ACCEPTED', 'NOT_ACCEPTED'), p.decided_at = r.closed_at, p.result_method = r.method,
    p.result_yes = l.yes_votes, p.result_no = l.no_votes, p.result_abstentions = l.abstentions, p.result_approvals = l.approvals,
    p.result_tied = l.tied
WHERE p.status <> 'WITHDRAWN';

-- the case
UPDATE proposal p JOIN casework_case k ON k.proposal_id = p.id JOIN place_office o ON o.id = k.office_id
SET p.status = CASE k.status WHEN 'RESOLVED' THEN 'RESOLVED' WHEN 'CLOSED' THEN 'CLOSED' ELSE 'ROUTED' END,
    p.case_id = k.id, p.case_office = o.name, p.case_status = k.status, p.routed_at = k.routed_at,
    p.resolved_at = k.resolved_at, p.closed_at = k.closed_at;
