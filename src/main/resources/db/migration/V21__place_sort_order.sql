-- An explicit order for places and offices: administrators set a sort number; lists order by it, then by the
-- natural order of names (第二 before 第十), which the application applies to these small reference lists.
ALTER TABLE place_street ADD COLUMN sort_order INT NOT NULL DEFAULT 0;
ALTER TABLE place_community ADD COLUMN sort_order INT NOT NULL DEFAULT 0;
ALTER TABLE place_grid ADD COLUMN sort_order INT NOT NULL DEFAULT 0;
ALTER TABLE place_office ADD COLUMN sort_order INT NOT NULL DEFAULT 0;
