package org.gridvoice.request.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridvoice.casework.CaseStatus;
import org.gridvoice.request.RequestFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Requests in plain SQL: the row written when filed, the lists (paged in the database) and "me too". */
@Component
public class RequestStore {

    /** A request as stored, before names are added. */
    public record Row(long id, Long caseId, long gridId, long categoryId, Long authorId, boolean showName, String address,
                      BigDecimal latitude, BigDecimal longitude, String description, LocalDateTime filedAt, String status, int supporters,
                      Long enteredBy) {
    }

    /** What a new row holds. */
    public record NewRequest(long streetId, long communityId, long gridId, long categoryId, Long authorId, Long clientId,
                             String contactName, String contactEmail, String contactPhone, boolean showName, String address,
                             BigDecimal latitude, BigDecimal longitude, String description, String mediaUrl, LocalDateTime filedAt,
                             Long enteredBy) {
    }

    private static final String COLUMNS = """
            id, case_id, grid_id, category_id, author_id, show_name, address, latitude, longitude, description, filed_at, status,
            supporters, entered_by""";

    private final JdbcClient jdbc;

    RequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(NewRequest r) {
        return jdbc.sql("""
                INSERT INTO request (street_id, community_id, grid_id, category_id, author_id, client_id, contact_name, contact_email,
                    contact_phone, show_name, address, latitude, longitude, description, media_url, filed_at, updated_at, entered_by)
                VALUES (:street, :community, :grid, :category, :author, :client, :name, :email, :phone, :show, :address, :lat, :lng,
                    :description, :media, :at, :at, :entered)
                RETURNING id""")
                .param("street", r.streetId()).param("community", r.communityId()).param("grid", r.gridId())
                .param("category", r.categoryId()).param("author", r.authorId()).param("client", r.clientId())
                .param("name", r.contactName()).param("email", r.contactEmail()).param("phone", r.contactPhone())
                .param("show", r.showName()).param("address", r.address()).param("lat", r.latitude()).param("lng", r.longitude())
                .param("description", r.description()).param("media", r.mediaUrl()).param("at", r.filedAt())
                .param("entered", r.enteredBy())
                .query(Long.class).single();
    }

    public void linkCase(long requestId, long caseId) {
        jdbc.sql("UPDATE request SET case_id = :c WHERE id = :id").param("c", caseId).param("id", requestId).update();
    }

    /** Follows its case: the status the case has now. */
    public void caseStatus(long caseId, CaseStatus status, LocalDateTime at) {
        jdbc.sql("UPDATE request SET status = :s, updated_at = :at WHERE case_id = :c")
                .param("s", status.name()).param("at", at).param("c", caseId).update();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM request WHERE id = :id").param("id", id).query(Row.class).optional();
    }

    /** Locks the row, so that two "me too" at once count twice and never once. */
    public Optional<Row> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM request WHERE id = :id FOR UPDATE").param("id", id).query(Row.class).optional();
    }

    /** Records a supporter; false when they support it already. */
    public boolean support(long requestId, long userId, LocalDateTime at) {
        if (jdbc.sql("INSERT IGNORE INTO request_support (request_id, user_id, at) VALUES (:r, :u, :at)")
                .param("r", requestId).param("u", userId).param("at", at).update() == 0) {
            return false;
        }
        jdbc.sql("UPDATE request SET supporters = supporters + 1 WHERE id = :r").param("r", requestId).update();
        return true;
    }

    /** Of these requests, those {@code userId} supports. */
    public Set<Long> supportedBy(long userId, Collection<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT request_id FROM request_support WHERE user_id = :u AND request_id IN (:ids)")
                .param("u", userId).param("ids", requestIds).query(Long.class).list());
    }

    /** Open requests of the grid and category filed since {@code since}, newest first, up to {@code limit}. */
    public List<Row> recent(long gridId, long categoryId, LocalDateTime since, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM request WHERE grid_id = :g AND category_id = :c AND filed_at >= :since AND case_id IS NOT NULL
                  AND status IN ('NEW', 'ACCEPTED', 'IN_PROGRESS')
                ORDER BY filed_at DESC, id DESC LIMIT :limit""")
                .param("g", gridId).param("c", categoryId).param("since", since).param("limit", limit).query(Row.class).list();
    }

    /** One page of the public list, newest first. */
    public List<Row> page(RequestFilter filter, long limit, long offset) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT " + COLUMNS + " FROM request WHERE " + where(filter, params)
                        + " ORDER BY filed_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", limit).param("offset", offset).query(Row.class).list();
    }

    public long count(RequestFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT COUNT(*) FROM request WHERE " + where(filter, params)).params(params).query(Long.class).single();
    }

    private static String where(RequestFilter f, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("case_id IS NOT NULL");
        if (f.status() != null) {
            where.append(" AND status = :status");
            params.put("status", f.status().name());
        }
        if (f.categoryId() != null) {
            where.append(" AND category_id = :category");
            params.put("category", f.categoryId());
        }
        if (f.gridId() != null) {
            where.append(" AND grid_id = :grid");
            params.put("grid", f.gridId());
        }
        if (f.from() != null) {
            where.append(" AND filed_at >= :from");
            params.put("from", f.from().atStartOfDay());
        }
        if (f.to() != null) {
            where.append(" AND filed_at < :to");
            params.put("to", f.to().plusDays(1).atStartOfDay());
        }
        return where.toString();
    }

    /** The requests {@code userId} filed or supported, newest first. */
    public List<Row> mine(long userId, long limit, long offset) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM request WHERE case_id IS NOT NULL AND (author_id = :u OR id IN (SELECT request_id FROM request_support WHERE user_id = :u))
                ORDER BY filed_at DESC, id DESC LIMIT :limit OFFSET :offset""")
                .param("u", userId).param("limit", limit).param("offset", offset).query(Row.class).list();
    }

    public long countMine(long userId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM request WHERE case_id IS NOT NULL
                  AND (author_id = :u OR id IN (SELECT request_id FROM request_support WHERE user_id = :u))""")
                .param("u", userId).query(Long.class).single();
    }

    /** How many requests {@code userId} filed since {@code since} (a resident's pace). */
    public long filedSince(long userId, LocalDateTime since) {
        return jdbc.sql("SELECT COUNT(*) FROM request WHERE author_id = :u AND filed_at >= :since")
                .param("u", userId).param("since", since).query(Long.class).single();
    }
}
