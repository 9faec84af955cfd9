-- Comments are rendered (Markdown → sanitised HTML) once when written, not on every read.
ALTER TABLE discussion_comment ADD COLUMN body_html MEDIUMTEXT;
