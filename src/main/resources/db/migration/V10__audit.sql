-- Append-only, hash-chained audit log. Each entry stores the previous entry's hash and its own;
-- audit_head is the single row every append locks, so entries get gap-free sequence numbers.
CREATE TABLE audit_entry (
    seq         BIGINT        NOT NULL PRIMARY KEY,
    occurred_at DATETIME(6)   NOT NULL,
    kind        VARCHAR(40)   NOT NULL,
    object_type VARCHAR(30)   NOT NULL,
    object_id   BIGINT        NOT NULL,
    actor_ref   VARCHAR(100)  NOT NULL,
    payload     VARCHAR(2000) NOT NULL,
    prev_hash   CHAR(64)      NOT NULL,
    hash        CHAR(64)      NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_audit_object ON audit_entry (object_type, object_id, seq);

CREATE TABLE audit_head (
    id   INT      NOT NULL PRIMARY KEY,
    seq  BIGINT   NOT NULL,
    hash CHAR(64) NOT NULL
) ENGINE=InnoDB;
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
