-- Comments attach to any content by reference (target_type + target_id); replies up to three levels.
CREATE TABLE discussion_comment (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    target_type   VARCHAR(30)  NOT NULL,
    target_id     BIGINT       NOT NULL,
    parent_id     BIGINT,
    root_id       BIGINT,
    depth         INT          NOT NULL,
    author_id     BIGINT       NOT NULL,
    body          MEDIUMTEXT   NOT NULL,
    stance        VARCHAR(10),
    upvotes       INT          NOT NULL DEFAULT 0,
    created_at    DATETIME(6)  NOT NULL,
    edited_at     DATETIME(6),
    deleted_at    DATETIME(6),
    hidden        BOOLEAN      NOT NULL DEFAULT FALSE,
    hidden_reason VARCHAR(500),
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_discussion_comment_parent FOREIGN KEY (parent_id) REFERENCES discussion_comment (id),
    CONSTRAINT fk_discussion_comment_author FOREIGN KEY (author_id) REFERENCES account_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_discussion_thread ON discussion_comment (target_type, target_id, depth, created_at);
CREATE INDEX ix_discussion_root ON discussion_comment (root_id, created_at);

CREATE TABLE discussion_upvote (
    comment_id BIGINT NOT NULL,
    user_id    BIGINT NOT NULL,
    PRIMARY KEY (comment_id, user_id),
    CONSTRAINT fk_discussion_upvote_comment FOREIGN KEY (comment_id) REFERENCES discussion_comment (id),
    CONSTRAINT fk_discussion_upvote_user FOREIGN KEY (user_id) REFERENCES account_user (id)
) ENGINE=InnoDB;
