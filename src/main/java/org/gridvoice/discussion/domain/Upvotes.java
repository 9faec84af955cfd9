package org.gridvoice.discussion.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Up-votes, once per user per comment (the primary key enforces it), with an atomic counter. */
@Component
public class Upvotes {

    private final JdbcClient jdbc;

    Upvotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean add(Long commentId, Long userId) {
        int added = jdbc.sql("INSERT IGNORE INTO discussion_upvote (comment_id, user_id) VALUES (:c, :u)")
                .param("c", commentId).param("u", userId).update();
        if (added == 1) {
            jdbc.sql("UPDATE discussion_comment SET upvotes = upvotes + 1 WHERE id = :c").param("c", commentId).update();
        }
        return added == 1;
    }

    public boolean remove(Long commentId, Long userId) {
        int removed = jdbc.sql("DELETE FROM discussion_upvote WHERE comment_id = :c AND user_id = :u")
                .param("c", commentId).param("u", userId).update();
        if (removed == 1) {
            jdbc.sql("UPDATE discussion_comment SET upvotes = upvotes - 1 WHERE id = :c").param("c", commentId).update();
        }
        return removed == 1;
    }
}
