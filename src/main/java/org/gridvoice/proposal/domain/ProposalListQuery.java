package org.gridvoice.proposal.domain;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridvoice.proposal.ProposalFilter;
import org.gridvoice.proposal.ProposalSort;
import org.gridvoice.proposal.ProposalStatus;
import org.gridvoice.shared.SqlLike;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A page of a consultation's proposal list in one statement: the rows as the list shows them, with the author's name
 * where the reader may see it and the grid's name joined in, and one row more than the page to tell whether another
 * follows (no count). The busiest read of the site: no entities, no per-row lookups.
 */
@Component
public class ProposalListQuery {

    /**
     * One row of the list. {@code authorName} is null where the reader may not see it; {@code authorErased} says the
     * author erased their account (the list then names a former resident).
     */
    public record Row(Long id, Long consultationId, String title, Long authorId, String authorName, boolean authorErased,
                      boolean authorShown, Long categoryId, Long gridId, String gridName, int endorsementCount, int commentCount,
                      boolean qualified, ProposalStatus status, LocalDateTime createdAt) {
    }

    // The author's name goes to readers where the author shows it, to the author, and to the committee of the
    // consultation's community (who moderate it); the committee test does not depend on the row, so the server
    // evaluates it once per statement.
    // STRAIGHT_JOIN: proposal first, read in the order's index (V60) and stopped after the page. Left to itself,
    // MariaDB 10.11 starts from the few authors and sorts every proposal of the consultation (0.4-0.5 s for
    // 100,000, issue 19's browser benchmark).
    private static final String SELECT = """
            SELECT STRAIGHT_JOIN p.id, p.consultation_id, p.title, p.author_id,
                   CASE WHEN p.author_shown OR p.author_id = :reader OR EXISTS (
                            SELECT 1 FROM account_role_grant r JOIN consultation c ON c.community_id = r.community_id
                            WHERE c.id = :consultation AND r.user_id = :reader AND r.role = 'COMMITTEE')
                        THEN u.display_name END AS author_name,
                   u.erased_at IS NOT NULL AS author_erased, p.author_shown, p.category_id, p.grid_id, g.name AS grid_name,
                   p.endorsement_count, p.comment_count, p.qualified, p.status, p.created_at
            FROM proposal p JOIN account_user u ON u.id = p.author_id JOIN place_grid g ON g.id = p.grid_id
            WHERE p.consultation_id = :consultation""";

    private final JdbcClient jdbc;

    ProposalListQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The page; {@code readerId} is the signed-in reader, null for a visitor. */
    public Slice<Row> page(Long consultationId, ProposalFilter filter, ProposalSort sort, Long readerId, Pageable pageable) {
        StringBuilder sql = new StringBuilder(SELECT);
        Map<String, Object> params = new HashMap<>();
        params.put("consultation", consultationId);
        params.put("reader", readerId);
        where(filter, sql, params);
        sql.append(switch (sort) {
            case NEWEST -> " ORDER BY p.created_at DESC, p.id DESC";
            case MOST_ENDORSED -> " ORDER BY p.endorsement_count DESC, p.id DESC";
            case MOST_DISCUSSED -> " ORDER BY p.comment_count DESC, p.id DESC";
        });
        sql.append(" LIMIT :limit OFFSET :offset");
        params.put("limit", pageable.getPageSize() + 1);
        params.put("offset", pageable.getOffset());
        List<Row> rows = jdbc.sql(sql.toString()).params(params).query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getLong(4), rs.getString(5), rs.getBoolean(6), rs.getBoolean(7), rs.getLong(8), rs.getLong(9), rs.getString(10),
                rs.getInt(11), rs.getInt(12), rs.getBoolean(13), ProposalStatus.valueOf(rs.getString(14)),
                rs.getObject(15, LocalDateTime.class))).list();
        boolean more = rows.size() > pageable.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, pageable.getPageSize()) : rows, pageable, more);
    }

    /** How many proposals the list shows with this filter, up to {@code limit}: one count over the index of the consultation and status. */
    public long count(Long consultationId, ProposalFilter filter, int limit) {
        // counting stops at the limit: the index entries past it are never read
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM (SELECT 1 FROM proposal p WHERE p.consultation_id = :consultation");
        Map<String, Object> params = new HashMap<>();
        params.put("consultation", consultationId);
        where(filter, sql, params);
        sql.append(" LIMIT :limit) counted");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    private static void where(ProposalFilter filter, StringBuilder sql, Map<String, Object> params) {
        if (filter.status() != null) {
            sql.append(" AND p.status = :status");
            params.put("status", filter.status().name());
        } else {
            sql.append(" AND p.status NOT IN ('WITHDRAWN', 'MERGED')");
        }
        if (filter.categoryId() != null) {
            sql.append(" AND p.category_id = :category");
            params.put("category", filter.categoryId());
        }
        if (filter.gridId() != null) {
            sql.append(" AND p.grid_id = :grid");
            params.put("grid", filter.gridId());
        }
        if (filter.qualified() != null) {
            sql.append(" AND p.qualified = :qualified");
            params.put("qualified", filter.qualified());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            sql.append(" AND (p.title LIKE :text ESCAPE '\\\\' OR p.body LIKE :text ESCAPE '\\\\')");
            params.put("text", SqlLike.containing(filter.text()));
        }
    }
}
