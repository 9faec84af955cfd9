-- Merging duplicate proposals: a merged proposal (status MERGED) points to the one it was merged
-- into, and says when. Authors choose whether their name is shown publicly: proposals posted
-- before the choice existed keep showing it (TRUE for existing rows), new ones hide it unless chosen.
ALTER TABLE proposal
    ADD COLUMN merged_into  BIGINT,
    ADD COLUMN merged_at    DATETIME(6),
    ADD COLUMN author_shown BOOLEAN NOT NULL DEFAULT TRUE,
    ADD CONSTRAINT fk_proposal_merged_into FOREIGN KEY (merged_into) REFERENCES proposal (id);
ALTER TABLE proposal ALTER COLUMN author_shown SET DEFAULT FALSE;
