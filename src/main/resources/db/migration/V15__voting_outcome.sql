-- What the committee adds to a stored result: the reasoned break of an approval tie, and the
-- outcome statement (Markdown as written, sanitised HTML as shown). Both are set once.
ALTER TABLE voting_result
    ADD COLUMN tie_break_reason     TEXT,
    ADD COLUMN tie_broken_at        DATETIME(6),
    ADD COLUMN tie_broken_by        BIGINT,
    ADD COLUMN statement_markdown   TEXT,
    ADD COLUMN statement_html       TEXT,
    ADD COLUMN statement_published_at DATETIME(6),
    ADD COLUMN statement_published_by BIGINT,
    ADD CONSTRAINT fk_voting_result_tie_by FOREIGN KEY (tie_broken_by) REFERENCES account_user (id),
    ADD CONSTRAINT fk_voting_result_statement_by FOREIGN KEY (statement_published_by) REFERENCES account_user (id);
