-- Places (street -> community -> grid), offices and issue categories: reference data the admin keeps.
-- Nothing here is ever deleted once referenced; rows are retired instead.
CREATE TABLE place_street (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    retired    BOOLEAN      NOT NULL DEFAULT FALSE,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_place_street_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE place_community (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    street_id  BIGINT       NOT NULL,
    name       VARCHAR(100) NOT NULL,
    address    VARCHAR(200),
    retired    BOOLEAN      NOT NULL DEFAULT FALSE,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_place_community_street FOREIGN KEY (street_id) REFERENCES place_street (id),
    CONSTRAINT uk_place_community_name UNIQUE (street_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE place_grid (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    description  VARCHAR(500),
    retired      BOOLEAN      NOT NULL DEFAULT FALSE,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_place_grid_community FOREIGN KEY (community_id) REFERENCES place_community (id),
    CONSTRAINT uk_place_grid_name UNIQUE (community_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE place_office (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    street_id  BIGINT       NOT NULL,
    name       VARCHAR(100) NOT NULL,
    kind       VARCHAR(30)  NOT NULL,
    phone      VARCHAR(30),
    retired    BOOLEAN      NOT NULL DEFAULT FALSE,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_place_office_street FOREIGN KEY (street_id) REFERENCES place_street (id),
    CONSTRAINT uk_place_office_name UNIQUE (street_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE place_office_grid (
    office_id BIGINT NOT NULL,
    grid_id   BIGINT NOT NULL,
    PRIMARY KEY (office_id, grid_id),
    CONSTRAINT fk_place_office_grid_office FOREIGN KEY (office_id) REFERENCES place_office (id),
    CONSTRAINT fk_place_office_grid_grid FOREIGN KEY (grid_id) REFERENCES place_grid (id)
) ENGINE=InnoDB;

CREATE TABLE place_category (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(40)  NOT NULL,
    name_zh    VARCHAR(60)  NOT NULL,
    name_en    VARCHAR(60)  NOT NULL,
    sort_order INT          NOT NULL DEFAULT 0,
    retired    BOOLEAN      NOT NULL DEFAULT FALSE,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_place_category_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
