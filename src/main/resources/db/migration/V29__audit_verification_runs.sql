-- Every run of the chain verifier (the daily scheduled one and the administrators' on-demand ones):
-- when, how it was started, how many entries it checked, the head it saw, and the first broken entry if any.
CREATE TABLE audit_verification_run (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    started_at       DATETIME(6)  NOT NULL,
    finished_at      DATETIME(6)  NOT NULL,
    trigger_kind     VARCHAR(20)  NOT NULL,
    checked          BIGINT       NOT NULL,
    head_hash        CHAR(64)     NOT NULL,
    first_broken_seq BIGINT,
    problem          VARCHAR(20)
) ENGINE=InnoDB;
CREATE INDEX ix_audit_run_trigger ON audit_verification_run (trigger_kind, started_at);
