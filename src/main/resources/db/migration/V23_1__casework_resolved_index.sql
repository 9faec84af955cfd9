-- The home page lists the most recently resolved cases: read newest first from this index.
CREATE INDEX ix_cw_case_resolved ON casework_case (resolved_at);
