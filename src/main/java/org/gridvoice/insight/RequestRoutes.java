package org.gridvoice.insight;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a request is read: a request is public on the page of the case it became ({@code cases/{id}}),
 * with the start of its words. One bounded statement for a page of ids.
 */
@Component
public class RequestRoutes {

    /** A request's route (null while it has no case) and the start of its description. */
    public record RequestLink(Long requestId, String route, String excerpt) {
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
                    long caseId = rs.getLong("case_id");
                    boolean none = rs.wasNull();
                    return new RequestLink(rs.getLong("id"), none ? null : "cases/" + caseId, rs.getString("excerpt"));
                }).list().forEach(l -> found.put(l.requestId(), l));
        return requestIds.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }
}
