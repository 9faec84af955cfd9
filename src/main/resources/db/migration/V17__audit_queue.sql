-- Entries recorded in a busy transaction (a vote) without taking the chain's head row. The sealer
-- (AuditSealer, and the close of a vote) moves them into audit_entry in the order they occurred,
-- chained, and deletes them here in the same transaction, so an entry is always in exactly one of
-- the two tables. The key is random, not increasing: concurrent votes then insert into different
-- pages instead of all into the last one. The queue stays small (sealed every second), so the
-- sealer sorts it without an index.
CREATE TABLE audit_queue (
    id          BIGINT        NOT NULL PRIMARY KEY,
    occurred_at DATETIME(6)   NOT NULL,
    kind        VARCHAR(40)   NOT NULL,
    object_type VARCHAR(30)   NOT NULL,
    object_id   BIGINT        NOT NULL,
    actor_ref   VARCHAR(100)  NOT NULL,
    payload     VARCHAR(2000) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- nothing reads entries by object (the verifier walks seq); the index only slowed every sealed entry
DROP INDEX ix_audit_object ON audit_entry;
