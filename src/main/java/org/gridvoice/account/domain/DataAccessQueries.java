package org.gridvoice.account.domain;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The log of staff views of residents' personal data, newest first, paged in SQL, filtered by either person's name. */
@Component
public class DataAccessQueries {

    public record Row(long id, long viewerId, String viewerName, boolean viewerErased, long subjectId, String subjectName,
                      boolean subjectErased, String purpose, LocalDateTime viewedAt) {
    }

    private static final String FROM = """
            FROM account_data_access a JOIN account_user v ON v.id = a.viewer_id JOIN account_user s ON s.id = a.subject_id
            WHERE (:subject IS NULL OR s.display_name LIKE :subject) AND (:viewer IS NULL OR v.display_name LIKE :viewer)""";

    private final JdbcClient jdbc;

    DataAccessQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> page(String subjectLike, String viewerLike, int offset, int limit) {
        return jdbc.sql("""
                SELECT a.id, a.viewer_id, v.display_name AS viewer_name, v.erased_at IS NOT NULL AS viewer_erased, a.subject_id,
                       s.display_name AS subject_name, s.erased_at IS NOT NULL AS subject_erased, a.purpose, a.viewed_at
                """ + FROM + " ORDER BY a.viewed_at DESC, a.id DESC LIMIT :limit OFFSET :offset")
                .param("subject", subjectLike).param("viewer", viewerLike).param("limit", limit).param("offset", offset)
                .query(Row.class).list();
    }

    public long count(String subjectLike, String viewerLike) {
        return jdbc.sql("SELECT COUNT(*) " + FROM).param("subject", subjectLike).param("viewer", viewerLike).query(Long.class).single();
    }
}
