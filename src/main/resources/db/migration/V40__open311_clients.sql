-- Open311 GeoReport v2: a street's jurisdiction_id is its code, and API clients post with a key
-- issued by an administrator. Only the key's SHA-256 is kept (the key is shown once).
ALTER TABLE place_street ADD COLUMN code VARCHAR(32) NULL AFTER name,
    ADD CONSTRAINT uk_place_street_code UNIQUE (code);

CREATE TABLE open311_client (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    street_id   BIGINT       NOT NULL,
    grid_id     BIGINT       NOT NULL,
    key_prefix  VARCHAR(12)  NOT NULL,
    key_hash    CHAR(64)     NOT NULL,
    created_by  BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    revoked_at  DATETIME(6),
    revoked_by  BIGINT,
    CONSTRAINT uk_open311_client_key UNIQUE (key_hash),
    CONSTRAINT fk_open311_client_street FOREIGN KEY (street_id) REFERENCES place_street (id),
    CONSTRAINT fk_open311_client_grid FOREIGN KEY (grid_id) REFERENCES place_grid (id),
    CONSTRAINT fk_open311_client_created_by FOREIGN KEY (created_by) REFERENCES account_user (id),
    CONSTRAINT fk_open311_client_revoked_by FOREIGN KEY (revoked_by) REFERENCES account_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
