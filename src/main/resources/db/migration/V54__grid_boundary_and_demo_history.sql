-- One boundary per grid for the demand-insight map: a GeoJSON Polygon or MultiPolygon in lon/lat
-- (WGS 84 as GeoJSON says), stored normalised (the geometry alone, compact, as the service wrote it)
-- so that the map reads it as is. Who imported or replaced it last, and when.
CREATE TABLE place_grid_boundary (
    grid_id     BIGINT      NOT NULL PRIMARY KEY,
    geometry    MEDIUMTEXT  NOT NULL,
    vertices    INT         NOT NULL,
    updated_by  BIGINT      NULL,
    updated_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_place_grid_boundary_grid FOREIGN KEY (grid_id) REFERENCES place_grid (id),
    CONSTRAINT fk_place_grid_boundary_user FOREIGN KEY (updated_by) REFERENCES account_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The demo's year of request history (org.gridvoice.demo.DemoHistory) is generated once per
-- community: this row says it ran, so a restart does not add another year.
CREATE TABLE demo_history_run (
    community_id    BIGINT      NOT NULL PRIMARY KEY,
    ran_at          DATETIME(6) NOT NULL,
    requests        INT         NOT NULL,
    hotspot_grid_id BIGINT      NULL,
    CONSTRAINT fk_demo_history_run_community FOREIGN KEY (community_id) REFERENCES place_community (id)
) ENGINE=InnoDB;
