-- The proposal list's three orders, read in index order (issue 19). The list shows every status but
-- WITHDRAWN and MERGED: with the status between the consultation and the order column
-- (ix_proposal_newest and its siblings, still used when one status is chosen), a list of 100,000
-- proposals was joined and sorted whole for each page (0.4-0.5 s on MariaDB 10.11). InnoDB appends
-- the id to each index, so these also give the tie-break "id DESC": a page reads its rows and stops.
CREATE INDEX ix_proposal_list_newest ON proposal (consultation_id, created_at);
CREATE INDEX ix_proposal_list_endorsed ON proposal (consultation_id, endorsement_count);
CREATE INDEX ix_proposal_list_discussed ON proposal (consultation_id, comment_count);
