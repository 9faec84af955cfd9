-- Demand insight: an exact rollup of what residents asked for, per period (WEEK from Monday, MONTH
-- from the 1st, of the local DATETIME values as the source rows store them), grid and category.
-- It is kept by triggers in the very transaction that writes the source row, so every write path
-- (the services, the demo's batch inserts, Open311, a hand-run fix) counts alike and a rollback
-- takes the count with it. Cells are never deleted: a withdrawal brings a count back to 0.
--
-- Sources, each append-only or with its changes handled below:
--   requests        request.filed_at
--   supports        request_support.at, grid and category of its request (a deleted support decrements)
--   proposals       proposal.created_at (rewording may change the category: moved with its endorsements)
--   endorsements    proposal_endorsement.endorsed_at (a withdrawn endorsement is deleted: decrements)
--   cases_opened    casework_case.routed_at
--   cases_resolved  casework_event kind RESOLVED at (casework_case.resolved_at is overwritten when a
--                   reopened case is resolved again; the timeline keeps every resolution)
--   cases_reopened  casework_event kind REOPENED at
--   satisfied/rated casework_confirmation (one per resident's answer, on its CONFIRMED timeline entry,
--                   dated by the entry): rated every answer, satisfied those saying SATISFIED.
--                   casework_feedback holds the same answers (updated in place): not counted again.
CREATE TABLE insight_demand (
    period_kind    VARCHAR(5) NOT NULL,
    period_start   DATE       NOT NULL,
    grid_id        BIGINT     NOT NULL,
    category_id    BIGINT     NOT NULL,
    requests       INT        NOT NULL DEFAULT 0,
    supports       INT        NOT NULL DEFAULT 0,
    proposals      INT        NOT NULL DEFAULT 0,
    endorsements   INT        NOT NULL DEFAULT 0,
    cases_opened   INT        NOT NULL DEFAULT 0,
    cases_resolved INT        NOT NULL DEFAULT 0,
    cases_reopened INT        NOT NULL DEFAULT 0,
    satisfied      INT        NOT NULL DEFAULT 0,
    rated          INT        NOT NULL DEFAULT 0,
    PRIMARY KEY (period_kind, period_start, grid_id, category_id)
) ENGINE=InnoDB;
-- one grid's history (grid figures, its trend)
CREATE INDEX ix_insight_demand_grid ON insight_demand (grid_id, period_kind, period_start);

DELIMITER $$
-- adds the deltas to the week and the month of p_at (weeks first: every writer locks in that order)
CREATE PROCEDURE insight_add(IN p_at DATETIME(6), IN p_grid BIGINT, IN p_category BIGINT,
                             IN d_requests INT, IN d_supports INT, IN d_proposals INT, IN d_endorsements INT,
                             IN d_opened INT, IN d_resolved INT, IN d_reopened INT, IN d_satisfied INT, IN d_rated INT)
BEGIN
    IF p_at IS NOT NULL AND p_grid IS NOT NULL AND p_category IS NOT NULL THEN
        INSERT INTO insight_demand (period_kind, period_start, grid_id, category_id, requests, supports, proposals,
                                    endorsements, cases_opened, cases_resolved, cases_reopened, satisfied, rated)
        VALUES ('WEEK', DATE(p_at) - INTERVAL WEEKDAY(p_at) DAY, p_grid, p_category, d_requests, d_supports, d_proposals,
                d_endorsements, d_opened, d_resolved, d_reopened, d_satisfied, d_rated),
               ('MONTH', DATE(p_at) - INTERVAL (DAYOFMONTH(p_at) - 1) DAY, p_grid, p_category, d_requests, d_supports,
                d_proposals, d_endorsements, d_opened, d_resolved, d_reopened, d_satisfied, d_rated)
        ON DUPLICATE KEY UPDATE requests = requests + VALUES(requests), supports = supports + VALUES(supports),
            proposals = proposals + VALUES(proposals), endorsements = endorsements + VALUES(endorsements),
            cases_opened = cases_opened + VALUES(cases_opened), cases_resolved = cases_resolved + VALUES(cases_resolved),
            cases_reopened = cases_reopened + VALUES(cases_reopened), satisfied = satisfied + VALUES(satisfied),
            rated = rated + VALUES(rated);
    END IF;
END$$

-- requests ---------------------------------------------------------------------------------------
CREATE TRIGGER insight_request_insert AFTER INSERT ON request FOR EACH ROW
BEGIN
    CALL insight_add(NEW.filed_at, NEW.grid_id, NEW.category_id, 1, 0, 0, 0, 0, 0, 0, 0, 0);
END$$

-- no code path changes a request's grid, category or filing time today; if one ever does, the
-- request and its "me too" supports move with it
CREATE TRIGGER insight_request_update AFTER UPDATE ON request FOR EACH ROW
BEGIN
    DECLARE done INT DEFAULT FALSE;
    DECLARE s_at DATETIME(6);
    DECLARE supports CURSOR FOR SELECT at FROM request_support WHERE request_id = NEW.id;
    DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = TRUE;
    IF NOT (NEW.grid_id <=> OLD.grid_id AND NEW.category_id <=> OLD.category_id AND NEW.filed_at <=> OLD.filed_at) THEN
        CALL insight_add(OLD.filed_at, OLD.grid_id, OLD.category_id, -1, 0, 0, 0, 0, 0, 0, 0, 0);
        CALL insight_add(NEW.filed_at, NEW.grid_id, NEW.category_id, 1, 0, 0, 0, 0, 0, 0, 0, 0);
        IF NOT (NEW.grid_id <=> OLD.grid_id AND NEW.category_id <=> OLD.category_id) THEN
            OPEN supports;
            moving: LOOP
                FETCH supports INTO s_at;
                IF done THEN
                    LEAVE moving;
                END IF;
                CALL insight_add(s_at, OLD.grid_id, OLD.category_id, 0, -1, 0, 0, 0, 0, 0, 0, 0);
                CALL insight_add(s_at, NEW.grid_id, NEW.category_id, 0, 1, 0, 0, 0, 0, 0, 0, 0);
            END LOOP;
            CLOSE supports;
        END IF;
    END IF;
END$$

CREATE TRIGGER insight_request_delete AFTER DELETE ON request FOR EACH ROW
BEGIN
    CALL insight_add(OLD.filed_at, OLD.grid_id, OLD.category_id, -1, 0, 0, 0, 0, 0, 0, 0, 0);
END$$

CREATE TRIGGER insight_support_insert AFTER INSERT ON request_support FOR EACH ROW
BEGIN
    DECLARE g BIGINT;
    DECLARE c BIGINT;
    SELECT grid_id, category_id INTO g, c FROM request WHERE id = NEW.request_id;
    CALL insight_add(NEW.at, g, c, 0, 1, 0, 0, 0, 0, 0, 0, 0);
END$$

CREATE TRIGGER insight_support_delete AFTER DELETE ON request_support FOR EACH ROW
BEGIN
    DECLARE g BIGINT;
    DECLARE c BIGINT;
    SELECT grid_id, category_id INTO g, c FROM request WHERE id = OLD.request_id;
    CALL insight_add(OLD.at, g, c, 0, -1, 0, 0, 0, 0, 0, 0, 0);
END$$

-- proposals --------------------------------------------------------------------------------------
CREATE TRIGGER insight_proposal_insert AFTER INSERT ON proposal FOR EACH ROW
BEGIN
    CALL insight_add(NEW.created_at, NEW.grid_id, NEW.category_id, 0, 0, 1, 0, 0, 0, 0, 0, 0);
END$$

-- the author may reword a proposal into another category (Proposal.reword): the proposal and any
-- endorsements it has move to the new cell
CREATE TRIGGER insight_proposal_update AFTER UPDATE ON proposal FOR EACH ROW
BEGIN
    DECLARE done INT DEFAULT FALSE;
    DECLARE e_at DATETIME(6);
    DECLARE endorsements CURSOR FOR SELECT endorsed_at FROM proposal_endorsement WHERE proposal_id = NEW.id;
    DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = TRUE;
    IF NOT (NEW.grid_id <=> OLD.grid_id AND NEW.category_id <=> OLD.category_id AND NEW.created_at <=> OLD.created_at) THEN
        CALL insight_add(OLD.created_at, OLD.grid_id, OLD.category_id, 0, 0, -1, 0, 0, 0, 0, 0, 0);
        CALL insight_add(NEW.created_at, NEW.grid_id, NEW.category_id, 0, 0, 1, 0, 0, 0, 0, 0, 0);
        IF NOT (NEW.grid_id <=> OLD.grid_id AND NEW.category_id <=> OLD.category_id) THEN
            OPEN endorsements;
            moving: LOOP
                FETCH endorsements INTO e_at;
                IF done THEN
                    LEAVE moving;
                END IF;
                CALL insight_add(e_at, OLD.grid_id, OLD.category_id, 0, 0, 0, -1, 0, 0, 0, 0, 0);
                CALL insight_add(e_at, NEW.grid_id, NEW.category_id, 0, 0, 0, 1, 0, 0, 0, 0, 0);
            END LOOP;
            CLOSE endorsements;
        END IF;
    END IF;
END$$

CREATE TRIGGER insight_proposal_delete AFTER DELETE ON proposal FOR EACH ROW
BEGIN
    CALL insight_add(OLD.created_at, OLD.grid_id, OLD.category_id, 0, 0, -1, 0, 0, 0, 0, 0, 0);
END$$

CREATE TRIGGER insight_endorsement_insert AFTER INSERT ON proposal_endorsement FOR EACH ROW
BEGIN
    DECLARE g BIGINT;
    DECLARE c BIGINT;
    SELECT grid_id, category_id INTO g, c FROM proposal WHERE id = NEW.proposal_id;
    CALL insight_add(NEW.endorsed_at, g, c, 0, 0, 0, 1, 0, 0, 0, 0, 0);
END$$

CREATE TRIGGER insight_endorsement_delete AFTER DELETE ON proposal_endorsement FOR EACH ROW
BEGIN
    DECLARE g BIGINT;
    DECLARE c BIGINT;
    SELECT grid_id, category_id INTO g, c FROM proposal WHERE id = OLD.proposal_id;
    CALL insight_add(OLD.endorsed_at, g, c, 0, 0, 0, -1, 0, 0, 0, 0, 0);
END$$

-- cases ------------------------------------------------------------------------------------------
CREATE TRIGGER insight_case_insert AFTER INSERT ON casework_case FOR EACH ROW
BEGIN
    CALL insight_add(NEW.routed_at, NEW.grid_id, NEW.category_id, 0, 0, 0, 0, 1, 0, 0, 0, 0);
END$$

-- a case's grid and category are fixed at routing (CaseStore.transition never writes them); should
-- that change, the case, its timeline's resolutions and reopenings and its answers move with it
CREATE TRIGGER insight_case_update AFTER UPDATE ON casework_case FOR EACH ROW
BEGIN
    DECLARE done INT DEFAULT FALSE;
    DECLARE e_at DATETIME(6);
    DECLARE e_kind VARCHAR(30);
    DECLARE e_satisfied INT;
    DECLARE e_rated INT;
    DECLARE steps CURSOR FOR
        SELECT e.at, e.kind, IF(f.satisfaction = 'SATISFIED', 1, 0), IF(f.event_id IS NULL, 0, 1)
        FROM casework_event e LEFT JOIN casework_confirmation f ON f.event_id = e.id
        WHERE e.case_id = NEW.id AND (e.kind IN ('RESOLVED', 'REOPENED') OR f.event_id IS NOT NULL);
    DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = TRUE;
    IF NOT (NEW.grid_id <=> OLD.grid_id AND NEW.category_id <=> OLD.category_id AND NEW.routed_at <=> OLD.routed_at) THEN
        CALL insight_add(OLD.routed_at, OLD.grid_id, OLD.category_id, 0, 0, 0, 0, -1, 0, 0, 0, 0);
        CALL insight_add(NEW.routed_at, NEW.grid_id, NEW.category_id, 0, 0, 0, 0, 1, 0, 0, 0, 0);
        IF NOT (NEW.grid_id <=> OLD.grid_id AND NEW.category_id <=> OLD.category_id) THEN
            OPEN steps;
            moving: LOOP
                FETCH steps INTO e_at, e_kind, e_satisfied, e_rated;
                IF done THEN
                    LEAVE moving;
                END IF;
                CALL insight_add(e_at, OLD.grid_id, OLD.category_id, 0, 0, 0, 0, 0, -(e_kind = 'RESOLVED'),
                                 -(e_kind = 'REOPENED'), -e_satisfied, -e_rated);
                CALL insight_add(e_at, NEW.grid_id, NEW.category_id, 0, 0, 0, 0, 0, (e_kind = 'RESOLVED'),
                                 (e_kind = 'REOPENED'), e_satisfied, e_rated);
            END LOOP;
            CLOSE steps;
        END IF;
    END IF;
END$$

CREATE TRIGGER insight_case_delete AFTER DELETE ON casework_case FOR EACH ROW
BEGIN
    CALL insight_add(OLD.routed_at, OLD.grid_id, OLD.category_id, 0, 0, 0, 0, -1, 0, 0, 0, 0);
END$$

CREATE TRIGGER insight_event_insert AFTER INSERT ON casework_event FOR EACH ROW
BEGIN
    DECLARE g BIGINT;
    DECLARE c BIGINT;
    IF NEW.kind IN ('RESOLVED', 'REOPENED') THEN
        SELECT grid_id, category_id INTO g, c FROM casework_case WHERE id = NEW.case_id;
        CALL insight_add(NEW.at, g, c, 0, 0, 0, 0, 0, NEW.kind = 'RESOLVED', NEW.kind = 'REOPENED', 0, 0);
    END IF;
END$$

CREATE TRIGGER insight_event_delete AFTER DELETE ON casework_event FOR EACH ROW
BEGIN
    DECLARE g BIGINT;
    DECLARE c BIGINT;
    IF OLD.kind IN ('RESOLVED', 'REOPENED') THEN
        SELECT grid_id, category_id INTO g, c FROM casework_case WHERE id = OLD.case_id;
        CALL insight_add(OLD.at, g, c, 0, 0, 0, 0, 0, -(OLD.kind = 'RESOLVED'), -(OLD.kind = 'REOPENED'), 0, 0);
    END IF;
END$$

CREATE TRIGGER insight_confirmation_insert AFTER INSERT ON casework_confirmation FOR EACH ROW
BEGIN
    DECLARE g BIGINT;
    DECLARE c BIGINT;
    DECLARE t DATETIME(6);
    SELECT k.grid_id, k.category_id, e.at INTO g, c, t
    FROM casework_event e JOIN casework_case k ON k.id = e.case_id WHERE e.id = NEW.event_id;
    CALL insight_add(t, g, c, 0, 0, 0, 0, 0, 0, 0, NEW.satisfaction = 'SATISFIED', 1);
END$$

CREATE TRIGGER insight_confirmation_delete AFTER DELETE ON casework_confirmation FOR EACH ROW
BEGIN
    DECLARE g BIGINT;
    DECLARE c BIGINT;
    DECLARE t DATETIME(6);
    SELECT k.grid_id, k.category_id, e.at INTO g, c, t
    FROM casework_event e JOIN casework_case k ON k.id = e.case_id WHERE e.id = OLD.event_id;
    CALL insight_add(t, g, c, 0, 0, 0, 0, 0, 0, 0, -(OLD.satisfaction = 'SATISFIED'), -1);
END$$

-- a changed "me too", endorsement, step or answer (no service does it; a hand-run fix or a tampering
-- the audit chain then reports) moves its count like a delete and an insert
CREATE TRIGGER insight_support_update AFTER UPDATE ON request_support FOR EACH ROW
BEGIN
    DECLARE g BIGINT;
    DECLARE c BIGINT;
    IF NOT (NEW.at <=> OLD.at AND NEW.request_id <=> OLD.request_id) THEN
        SELECT grid_id, category_id INTO g, c FROM request WHERE id = OLD.request_id;
        CALL insight_add(OLD.at, g, c, 0, -1, 0, 0, 0, 0, 0, 0, 0);
        SELECT grid_id, category_id INTO g, c FROM request WHERE id = NEW.request_id;
        CALL insight_add(NEW.at, g, c, 0, 1, 0, 0, 0, 0, 0, 0, 0);
    END IF;
END$$

CREATE TRIGGER insight_endorsement_update AFTER UPDATE ON proposal_endorsement FOR EACH ROW
BEGIN
    DECLARE g BIGINT;
    DECLARE c BIGINT;
    IF NOT (NEW.endorsed_at <=> OLD.endorsed_at AND NEW.proposal_id <=> OLD.proposal_id) THEN
        SELECT grid_id, category_id INTO g, c FROM proposal WHERE id = OLD.proposal_id;
        CALL insight_add(OLD.endorsed_at, g, c, 0, 0, 0, -1, 0, 0, 0, 0, 0);
        SELECT grid_id, category_id INTO g, c FROM proposal WHERE id = NEW.proposal_id;
        CALL insight_add(NEW.endorsed_at, g, c, 0, 0, 0, 1, 0, 0, 0, 0, 0);
    END IF;
END$$

CREATE TRIGGER insight_event_update AFTER UPDATE ON casework_event FOR EACH ROW
BEGIN
    DECLARE g BIGINT;
    DECLARE c BIGINT;
    DECLARE sat INT DEFAULT 0;
    DECLARE rat INT DEFAULT 0;
    IF NOT (NEW.at <=> OLD.at AND NEW.kind <=> OLD.kind AND NEW.case_id <=> OLD.case_id) THEN
        SELECT COALESCE(SUM(satisfaction = 'SATISFIED'), 0), COUNT(*) INTO sat, rat FROM casework_confirmation WHERE event_id = NEW.id;
        SELECT grid_id, category_id INTO g, c FROM casework_case WHERE id = OLD.case_id;
        CALL insight_add(OLD.at, g, c, 0, 0, 0, 0, 0, -(OLD.kind = 'RESOLVED'), -(OLD.kind = 'REOPENED'), -sat, -rat);
        SELECT grid_id, category_id INTO g, c FROM casework_case WHERE id = NEW.case_id;
        CALL insight_add(NEW.at, g, c, 0, 0, 0, 0, 0, NEW.kind = 'RESOLVED', NEW.kind = 'REOPENED', sat, rat);
    END IF;
END$$

CREATE TRIGGER insight_confirmation_update AFTER UPDATE ON casework_confirmation FOR EACH ROW
BEGIN
    DECLARE g BIGINT;
    DECLARE c BIGINT;
    DECLARE t DATETIME(6);
    IF NOT (NEW.satisfaction <=> OLD.satisfaction AND NEW.event_id <=> OLD.event_id) THEN
        SELECT k.grid_id, k.category_id, e.at INTO g, c, t
        FROM casework_event e JOIN casework_case k ON k.id = e.case_id WHERE e.id = OLD.event_id;
        CALL insight_add(t, g, c, 0, 0, 0, 0, 0, 0, 0, -(OLD.satisfaction = 'SATISFIED'), -1);
        SELECT k.grid_id, k.category_id, e.at INTO g, c, t
        FROM casework_event e JOIN casework_case k ON k.id = e.case_id WHERE e.id = NEW.event_id;
        CALL insight_add(t, g, c, 0, 0, 0, 0, 0, 0, 0, NEW.satisfaction = 'SATISFIED', 1);
    END IF;
END$$
DELIMITER ;

-- backfill: everything already stored, counted exactly as the triggers count from now on
INSERT INTO insight_demand (period_kind, period_start, grid_id, category_id, requests, supports, proposals,
                            endorsements, cases_opened, cases_resolved, cases_reopened, satisfied, rated)
SELECT k.kind,
       CASE k.kind WHEN 'WEEK' THEN DATE(s.at) - INTERVAL WEEKDAY(s.at) DAY
                   ELSE DATE(s.at) - INTERVAL (DAYOFMONTH(s.at) - 1) DAY END AS period_start,
       s.grid_id, s.category_id,
       SUM(s.r), SUM(s.su), SUM(s.p), SUM(s.e), SUM(s.o), SUM(s.res), SUM(s.reo), SUM(s.sat), SUM(s.rat)
FROM (
    SELECT filed_at AS at, grid_id, category_id, 1 AS r, 0 AS su, 0 AS p, 0 AS e, 0 AS o, 0 AS res, 0 AS reo, 0 AS sat, 0 AS rat
    FROM request
    UNION ALL
    SELECT s.at, r.grid_id, r.category_id, 0, 1, 0, 0, 0, 0, 0, 0, 0 FROM request_support s JOIN request r ON r.id = s.request_id
    UNION ALL
    SELECT created_at, grid_id, category_id, 0, 0, 1, 0, 0, 0, 0, 0, 0 FROM proposal
    UNION ALL
    SELECT e.endorsed_at, p.grid_id, p.category_id, 0, 0, 0, 1, 0, 0, 0, 0, 0
    FROM proposal_endorsement e JOIN proposal p ON p.id = e.proposal_id
    UNION ALL
    SELECT routed_at, grid_id, category_id, 0, 0, 0, 0, 1, 0, 0, 0, 0 FROM casework_case
    UNION ALL
    SELECT e.at, c.grid_id, c.category_id, 0, 0, 0, 0, 0, e.kind = 'RESOLVED', e.kind = 'REOPENED', 0, 0
    FROM casework_event e JOIN casework_case c ON c.id = e.case_id WHERE e.kind IN ('RESOLVED', 'REOPENED')
    UNION ALL
    SELECT e.at, c.grid_id, c.category_id, 0, 0, 0, 0, 0, 0, 0, f.satisfaction = 'SATISFIED', 1
    FROM casework_confirmation f JOIN casework_event e ON e.id = f.event_id JOIN casework_case c ON c.id = e.case_id
) s
CROSS JOIN (SELECT 'WEEK' AS kind UNION ALL SELECT 'MONTH') k
GROUP BY k.kind, period_start, s.grid_id, s.category_id;
