-- Markdown rendered before issue 11 and stored as HTML: images from other sites (tracking pixels)
-- go, and user links get rel="… noreferrer" like newly rendered ones (MarkdownRenderer).
UPDATE discussion_comment
SET body_html = REPLACE(REGEXP_REPLACE(body_html, '<img [^>]*src="(https?:)?//[^"]*"[^>]*>', ''),
                        'rel="nofollow ugc noopener"', 'rel="nofollow ugc noopener noreferrer"')
WHERE body_html LIKE '%<img %' OR body_html LIKE '%rel="nofollow ugc noopener"%';

UPDATE casework_case
SET snap_body_html = REPLACE(REGEXP_REPLACE(snap_body_html, '<img [^>]*src="(https?:)?//[^"]*"[^>]*>', ''),
                             'rel="nofollow ugc noopener"', 'rel="nofollow ugc noopener noreferrer"')
WHERE snap_body_html LIKE '%<img %' OR snap_body_html LIKE '%rel="nofollow ugc noopener"%';

UPDATE casework_snapshot_comment
SET body_html = REPLACE(REGEXP_REPLACE(body_html, '<img [^>]*src="(https?:)?//[^"]*"[^>]*>', ''),
                        'rel="nofollow ugc noopener"', 'rel="nofollow ugc noopener noreferrer"')
WHERE body_html LIKE '%<img %' OR body_html LIKE '%rel="nofollow ugc noopener"%';
