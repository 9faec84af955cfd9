package org.gridvoice.discussion;

import java.time.LocalDateTime;
import java.util.List;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.shared.ContentRef;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's comments, newest first: one statement per page, no count. */
@Service
@Transactional(readOnly = true)
public class CommentActivityService {

    private static final int EXCERPT = 80;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    CommentActivityService(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @PreAuthorize("isAuthenticated()")
    public Slice<MyComment> mine(Pageable pageable) {
        record Row(long id, String targetType, long targetId, String start, String stance, int upvotes, LocalDateTime createdAt,
                   boolean hidden, LocalDateTime deletedAt) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT id, target_type, target_id, LEFT(body, 400) AS start, stance, upvotes, created_at, hidden, deleted_at
                FROM discussion_comment WHERE author_id = :me ORDER BY id DESC LIMIT :limit OFFSET :offset""")
                .param("me", currentUser.requireId()).param("limit", pageable.getPageSize() + 1).param("offset", pageable.getOffset())
                .query(Row.class).list();
        boolean more = rows.size() > pageable.getPageSize();
        List<MyComment> page = rows.stream().limit(pageable.getPageSize()).map(r -> new MyComment(r.id(),
                new ContentRef(r.targetType(), r.targetId()), r.deletedAt() == null ? excerpt(r.start()) : "",
                r.stance() == null ? null : Stance.valueOf(r.stance()), r.upvotes(), r.createdAt(), r.hidden(), r.deletedAt() != null))
                .toList();
        return new SliceImpl<>(page, pageable, more);
    }

    /** The first words as plain text: Markdown marks and line breaks dropped. */
    static String excerpt(String markdown) {
        String plain = markdown.replaceAll("[#*_>`~\\[\\]!|]", "").replaceAll("\\(https?://[^)]*\\)", "").replaceAll("\\s+", " ").strip();
        return plain.length() <= EXCERPT ? plain : plain.substring(0, EXCERPT).strip() + "…";
    }
}
