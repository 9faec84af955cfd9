-- A case now comes from an accepted proposal or from a resident's request (诉求), which is routed
-- the moment it is filed: no consultation, no vote, no committee member routing it. The request's
-- own facts (its point on the map, whether the author's name is public) join the immutable snapshot.
-- The residents behind a request's case (its requester and those who said "me too") are kept here,
-- since casework cannot ask a proposal for them.
DROP TRIGGER IF EXISTS casework_case_snapshot_immutable;

ALTER TABLE casework_case
    ADD COLUMN source VARCHAR(10) NOT NULL DEFAULT 'PROPOSAL' AFTER id,
    ADD COLUMN request_id BIGINT NULL AFTER proposal_id,
    MODIFY proposal_id BIGINT NULL,
    MODIFY consultation_id BIGINT NULL,
    MODIFY routed_by BIGINT NULL,
    MODIFY snap_consultation VARCHAR(200) NULL,
    MODIFY snap_vote_method VARCHAR(20) NULL,
    MODIFY snap_vote_yes INT NULL,
    MODIFY snap_vote_no INT NULL,
    MODIFY snap_vote_abstentions INT NULL,
    MODIFY snap_vote_approvals INT NULL,
    MODIFY snap_vote_turnout INT NULL,
    MODIFY snap_vote_electorate INT NULL,
    MODIFY snap_vote_accepted BOOLEAN NULL,
    ADD COLUMN snap_author_shown BOOLEAN NOT NULL DEFAULT TRUE AFTER snap_author,
    ADD COLUMN snap_latitude DECIMAL(9, 6) NULL AFTER snap_place,
    ADD COLUMN snap_longitude DECIMAL(9, 6) NULL AFTER snap_latitude,
    ADD CONSTRAINT uk_cw_case_request UNIQUE (request_id),
    ADD CONSTRAINT ck_cw_case_source CHECK ((source = 'PROPOSAL' AND proposal_id IS NOT NULL AND consultation_id IS NOT NULL)
                                          OR (source = 'REQUEST' AND request_id IS NOT NULL AND proposal_id IS NULL));
CREATE INDEX ix_cw_case_source ON casework_case (source, routed_at);

DELIMITER $$
CREATE TRIGGER casework_case_snapshot_immutable BEFORE UPDATE ON casework_case FOR EACH ROW
BEGIN
    IF NOT (BINARY NEW.snap_title <=> BINARY OLD.snap_title
            AND BINARY NEW.snap_body <=> BINARY OLD.snap_body
            AND BINARY NEW.snap_body_html <=> BINARY OLD.snap_body_html
            AND BINARY NEW.snap_author <=> BINARY OLD.snap_author
            AND NEW.snap_author_shown <=> OLD.snap_author_shown
            AND BINARY NEW.snap_category_zh <=> BINARY OLD.snap_category_zh
            AND BINARY NEW.snap_category_en <=> BINARY OLD.snap_category_en
            AND BINARY NEW.snap_grid <=> BINARY OLD.snap_grid
            AND BINARY NEW.snap_place <=> BINARY OLD.snap_place
            AND NEW.snap_latitude <=> OLD.snap_latitude
            AND NEW.snap_longitude <=> OLD.snap_longitude
            AND NEW.snap_endorsements <=> OLD.snap_endorsements
            AND BINARY NEW.snap_consultation <=> BINARY OLD.snap_consultation
            AND BINARY NEW.snap_vote_method <=> BINARY OLD.snap_vote_method
            AND NEW.snap_vote_yes <=> OLD.snap_vote_yes
            AND NEW.snap_vote_no <=> OLD.snap_vote_no
            AND NEW.snap_vote_abstentions <=> OLD.snap_vote_abstentions
            AND NEW.snap_vote_approvals <=> OLD.snap_vote_approvals
            AND NEW.snap_vote_turnout <=> OLD.snap_vote_turnout
            AND NEW.snap_vote_electorate <=> OLD.snap_vote_electorate
            AND NEW.snap_vote_accepted <=> OLD.snap_vote_accepted
            AND BINARY NEW.source <=> BINARY OLD.source
            AND NEW.request_id <=> OLD.request_id
            AND NEW.proposal_id <=> OLD.proposal_id) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The snapshot of a case (snap_* columns) is immutable';
    END IF;
END$$
DELIMITER ;

CREATE TABLE casework_case_backer (
    case_id  BIGINT      NOT NULL,
    user_id  BIGINT      NOT NULL,
    kind     VARCHAR(10) NOT NULL,
    since    DATETIME(6) NOT NULL,
    PRIMARY KEY (case_id, user_id),
    CONSTRAINT fk_cw_backer_case FOREIGN KEY (case_id) REFERENCES casework_case (id),
    CONSTRAINT fk_cw_backer_user FOREIGN KEY (user_id) REFERENCES account_user (id)
) ENGINE=InnoDB;
CREATE INDEX ix_cw_backer_user ON casework_case_backer (user_id, case_id);
