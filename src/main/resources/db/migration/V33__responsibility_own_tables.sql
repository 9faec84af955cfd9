-- The responsibility list (责任清单) leaves casework for its own module, and its tables take the
-- module's prefix. RENAME keeps every row and index, and the foreign keys that point at the
-- tables (casework_case.duty_id, the co-offices) follow them; constraint and index names keep
-- their historical fk_cw_/ix_cw_ prefixes.
RENAME TABLE casework_duty TO responsibility_version,
             casework_duty_co_office TO responsibility_co_office,
             casework_street_office TO responsibility_street_office;

ALTER TABLE responsibility_co_office RENAME COLUMN duty_id TO version_id;
