package org.gridvoice.discussion.domain;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.type.StandardBasicTypes;
import org.springframework.stereotype.Component;

/**
 * A page of a discussion in one statement: the page's top-level comments (oldest first) with all their replies,
 * each with its author's and enterer's names, whether the reader up-voted it, and how many top-level comments the
 * discussion has (a window count over the same index range, so no second statement counts them).
 */
@Component
public class ThreadPageQuery {

    /** A comment of the page with what the page shows beside it. */
    public record Row(Comment comment, String authorName, boolean authorErased, String enteredByName, boolean enteredByErased,
                      boolean upvotedByMe, long rootsInAll) {
    }

    private static final String SQL = """
            WITH r AS (SELECT id, COUNT(*) OVER () AS roots_in_all FROM discussion_comment
                       WHERE target_type = :type AND target_id = :target AND depth = 0
                       ORDER BY created_at, id LIMIT :limit OFFSET :offset),
                 page AS (SELECT r.id AS comment_id, r.roots_in_all FROM r
                          UNION ALL
                          SELECT c.id, r.roots_in_all FROM r JOIN discussion_comment c ON c.root_id = r.id)
            SELECT {c.*}, au.display_name AS author_name, au.erased_at IS NOT NULL AS author_erased,
                   eu.display_name AS entered_name, eu.erased_at IS NOT NULL AS entered_erased,
                   EXISTS (SELECT 1 FROM discussion_upvote v WHERE v.comment_id = c.id AND v.user_id = :reader) AS upvoted,
                   page.roots_in_all
            FROM page JOIN discussion_comment c ON c.id = page.comment_id
                 JOIN account_user au ON au.id = c.author_id
                 LEFT JOIN account_user eu ON eu.id = c.entered_by
            ORDER BY c.created_at, c.id""";

    private final EntityManager entityManager;

    ThreadPageQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The rows of one page, roots and replies oldest first; {@code readerId} null for a visitor. */
    @SuppressWarnings("unchecked")
    public List<Row> page(String targetType, Long targetId, Long readerId, int limit, long offset) {
        List<Object[]> rows = entityManager.unwrap(Session.class).createNativeQuery(SQL)
                .addEntity("c", Comment.class)
                .addScalar("author_name", StandardBasicTypes.STRING)
                .addScalar("author_erased", StandardBasicTypes.BOOLEAN)
                .addScalar("entered_name", StandardBasicTypes.STRING)
                .addScalar("entered_erased", StandardBasicTypes.BOOLEAN)
                .addScalar("upvoted", StandardBasicTypes.BOOLEAN)
                .addScalar("roots_in_all", StandardBasicTypes.LONG)
                .setParameter("type", targetType)
                .setParameter("target", targetId)
                .setParameter("reader", readerId)
                .setParameter("limit", limit)
                .setParameter("offset", offset)
                .getResultList();
        return rows.stream().map(r -> new Row((Comment) r[0], (String) r[1], Boolean.TRUE.equals(r[2]), (String) r[3],
                Boolean.TRUE.equals(r[4]), Boolean.TRUE.equals(r[5]), (Long) r[6])).toList();
    }
}
