-- Residents' requests (诉求 / 随手拍): what was filed, by whom or through which outside system, and
-- the case it became at once. The words, place and photos live in the case's immutable snapshot;
-- this table keeps what the request module needs to list, search and de-duplicate them quickly:
-- the status mirrors the case's at every step, and supporters counts the "me too" (同诉) of others.
CREATE TABLE request (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id        BIGINT        NULL,
    street_id      BIGINT        NOT NULL,
    community_id   BIGINT        NOT NULL,
    grid_id        BIGINT        NOT NULL,
    category_id    BIGINT        NOT NULL,
    author_id      BIGINT        NULL,
    client_id      BIGINT        NULL,
    contact_name   VARCHAR(100)  NULL,
    contact_email  VARCHAR(254)  NULL,
    contact_phone  VARCHAR(32)   NULL,
    show_name      BOOLEAN       NOT NULL DEFAULT FALSE,
    address        VARCHAR(200)  NOT NULL,
    latitude       DECIMAL(9, 6) NULL,
    longitude      DECIMAL(9, 6) NULL,
    description    VARCHAR(2000) NOT NULL,
    media_url      VARCHAR(500)  NULL,
    filed_at       DATETIME(6)   NOT NULL,
    status         VARCHAR(20)   NOT NULL DEFAULT 'NEW',
    supporters     INT           NOT NULL DEFAULT 0,
    updated_at     DATETIME(6)   NOT NULL,
    CONSTRAINT uk_request_case UNIQUE (case_id),
    CONSTRAINT fk_request_case FOREIGN KEY (case_id) REFERENCES casework_case (id),
    CONSTRAINT fk_request_grid FOREIGN KEY (grid_id) REFERENCES place_grid (id),
    CONSTRAINT fk_request_category FOREIGN KEY (category_id) REFERENCES place_category (id),
    CONSTRAINT fk_request_author FOREIGN KEY (author_id) REFERENCES account_user (id),
    CONSTRAINT ck_request_filer CHECK (author_id IS NOT NULL OR client_id IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- "me too" candidates: same grid and category, recent first
CREATE INDEX ix_request_duplicates ON request (grid_id, category_id, filed_at);
CREATE INDEX ix_request_public ON request (filed_at, id);
CREATE INDEX ix_request_status ON request (status, filed_at);
CREATE INDEX ix_request_author ON request (author_id, filed_at);

-- who said "me too" to which request (the case keeps them as its backers too)
CREATE TABLE request_support (
    request_id BIGINT      NOT NULL,
    user_id    BIGINT      NOT NULL,
    at         DATETIME(6) NOT NULL,
    PRIMARY KEY (request_id, user_id),
    CONSTRAINT fk_request_support_request FOREIGN KEY (request_id) REFERENCES request (id),
    CONSTRAINT fk_request_support_user FOREIGN KEY (user_id) REFERENCES account_user (id)
) ENGINE=InnoDB;
CREATE INDEX ix_request_support_user ON request_support (user_id, at);
