package org.gridvoice.insight;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a request is read from insight: its own page {@code insight/requests/{id}} (which links its
 * case when it has one: imported history has none, and the request lists leave those out), with the
 * start of its words. One bounded statement for a page of ids.
 */
@Component
public class RequestRoutes {

    /** A request's route and the start of its description. */
    public record RequestLink(Long requestId, String route, String excerpt) {
    }

    /** One request as its insight page shows it: no author, nothing personal. */
    public record RequestPage(Long id, String caseRoute, String description, java.time.LocalDateTime filedAt, String status,
                              int supporters, String gridName, String communityName, String categoryZh, String categoryEn) {
    }

    private final JdbcClient jdbc;

    RequestRoutes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The links of the given requests, in the order of the ids (at most a few dozen). */
    public List<RequestLink> of(List<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return List.of();
        }
        Map<Long, RequestLink> found = new LinkedHashMap<>();
        jdbc.sql("SELECT id, case_id, LEFT(description, 60) AS excerpt FROM request WHERE id IN (:ids)").param("ids", requestIds)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    return new RequestLink(id, route(id), rs.getString("excerpt"));
                }).list().forEach(l -> found.put(l.requestId(), l));
        return requestIds.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    public static String route(Long requestId) {
        return "insight/requests/" + requestId;
    }

    /** One request's page, or empty for an unknown id. */
    public java.util.Optional<RequestPage> page(Long requestId) {
        return jdbc.sql("""
                SELECT r.id, r.case_id, r.description, r.filed_at, r.status, r.supporters, g.name AS grid, c.name AS community,
                       k.name_zh, k.name_en
                FROM request r JOIN place_grid g ON g.id = r.grid_id JOIN place_community c ON c.id = r.community_id
                JOIN place_category k ON k.id = r.category_id WHERE r.id = :id""").param("id", requestId)
                .query((rs, n) -> {
                    long caseId = rs.getLong("case_id");
                    boolean none = rs.wasNull();
                    return new RequestPage(rs.getLong("id"), none ? null : "cases/" + caseId, rs.getString("description"),
                            rs.getTimestamp("filed_at").toLocalDateTime(), rs.getString("status"), rs.getInt("supporters"),
                            rs.getString("grid"), rs.getString("community"), rs.getString("name_zh"), rs.getString("name_en"));
                }).optional();
    }
}
