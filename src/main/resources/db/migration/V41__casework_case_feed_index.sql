-- The open-data feed of cases (Open311 GET requests) pages newest first within a date window:
-- without this index every page sorted all cases of the window (about 1 s over 200,000 requests).
CREATE INDEX ix_cw_case_routed ON casework_case (routed_at, id);
