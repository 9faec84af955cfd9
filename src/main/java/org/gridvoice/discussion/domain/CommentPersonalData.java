package org.gridvoice.discussion.domain;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.gridvoice.account.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A user's comments and up-votes. At erasure comments stay under "a former resident", or are deleted
 * as their author could delete them (words gone, place in the thread kept) when contributions are
 * withdrawn; up-votes stay counted, pointing to an erased account.
 */
@Component
class CommentPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;
    private final Clock clock;

    CommentPersonalData(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String sectionKey() {
        return "privacy.section.comments";
    }

    @Override
    public List<Map<String, Object>> export(Long userId) {
        return jdbc.sql("""
                SELECT c.id, c.target_type, c.target_id, c.parent_id, c.body, c.stance, c.upvotes, c.created_at, c.edited_at, c.deleted_at,
                       EXISTS (SELECT 1 FROM discussion_upvote u WHERE u.comment_id = c.id AND u.user_id = :u) AS upvoted_by_me
                FROM discussion_comment c WHERE c.author_id = :u
                UNION ALL
                SELECT c.id, c.target_type, c.target_id, c.parent_id, NULL, NULL, c.upvotes, c.created_at, NULL, NULL, TRUE
                FROM discussion_upvote u JOIN discussion_comment c ON c.id = u.comment_id WHERE u.user_id = :u AND c.author_id <> :u
                ORDER BY created_at""").param("u", userId).query().listOfRows();
    }

    @Override
    public void erase(Long userId, boolean withdrawContributions) {
        if (withdrawContributions) {
            jdbc.sql("""
                    UPDATE discussion_comment SET body = '', body_html = '', stance = NULL, deleted_at = COALESCE(deleted_at, :now),
                           version = version + 1
                    WHERE author_id = :u""").param("u", userId).param("now", LocalDateTime.now(clock)).update();
        }
    }
}
