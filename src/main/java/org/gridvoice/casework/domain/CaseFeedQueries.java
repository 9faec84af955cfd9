package org.gridvoice.casework.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridvoice.casework.CaseFeedFilter;
import org.gridvoice.casework.CaseFeedItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The open-data feed of cases in SQL: a page is two statements (its ids through the routed-at index,
 * then their rows), paged in the database; status notes one more for the page.
 */
@Component
public class CaseFeedQueries {

    // closed cases were last changed when they were resolved or closed; open ones at their newest public step
    private static final String SELECT = """
            SELECT c.id, c.status, NULL AS status_notes, k.code AS category_code, k.name_zh AS category_zh, k.name_en AS category_en,
                c.snap_title AS title, c.snap_body AS body, c.source = 'PROPOSAL' AS from_proposal, o.name AS office_name, c.street_id,
                c.routed_at AS requested_at,
                CASE c.status WHEN 'CLOSED' THEN COALESCE(c.closed_at, c.resolved_at) WHEN 'RESOLVED' THEN c.resolved_at
                    ELSE GREATEST(c.routed_at, COALESCE((SELECT MAX(e.at) FROM casework_event e WHERE e.case_id = c.id
                        AND e.internal = FALSE), c.routed_at)) END AS updated_at,
                c.expected_at, c.resolution_due_at, c.snap_place AS address, c.snap_latitude AS latitude, c.snap_longitude AS longitude
            FROM casework_case c JOIN place_category k ON k.id = c.category_id JOIN place_office o ON o.id = c.office_id""";

    private final JdbcClient jdbc;

    CaseFeedQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CaseFeedItem> page(CaseFeedFilter filter) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!filter.ids().isEmpty()) {
            where.add("c.id IN (:ids)");
            params.put("ids", filter.ids());
        } else {
            if (!filter.categoryCodes().isEmpty()) {
                where.add("c.category_id IN (SELECT id FROM place_category WHERE code IN (:codes))");
                params.put("codes", filter.categoryCodes());
            }
            if (filter.from() != null) {
                where.add("c.routed_at >= :from");
                params.put("from", filter.from());
            }
            if (filter.to() != null) {
                where.add("c.routed_at <= :to");
                params.put("to", filter.to());
            }
            if (filter.open() != null) {
                where.add(filter.open() ? "c.status IN ('NEW', 'ACCEPTED', 'IN_PROGRESS')" : "c.status IN ('RESOLVED', 'CLOSED')");
            }
        }
        if (filter.streetId() != null) {
            where.add("c.street_id = :street");
            params.put("street", filter.streetId());
        }
        params.put("limit", filter.pageSize());
        params.put("offset", (long) (filter.page() - 1) * filter.pageSize());
        // the page's ids first, walking the routed-at index newest first; then only their rows with their details
        List<Long> ids = jdbc.sql("SELECT c.id FROM casework_case c" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY c.routed_at DESC, c.id DESC LIMIT :limit OFFSET :offset").params(params).query(Long.class).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, CaseFeedItem> found = new HashMap<>();
        jdbc.sql(SELECT + " WHERE c.id IN (:ids)").param("ids", ids).query(CaseFeedItem.class).list()
                .forEach(item -> found.put(item.id(), item));
        return ids.stream().map(found::get).toList();
    }

    /** For each case, the note of its newest public step that has one. */
    public Map<Long, String> lastNotes(Collection<Long> caseIds) {
        Map<Long, String> notes = new HashMap<>();
        jdbc.sql("""
                SELECT e.case_id, e.note FROM casework_event e
                JOIN (SELECT MAX(n.id) AS id FROM casework_event n WHERE n.case_id IN (:ids) AND n.internal = FALSE
                    AND n.note IS NOT NULL AND n.note <> '' GROUP BY n.case_id) newest ON newest.id = e.id""")
                .param("ids", caseIds)
                .query((rs, row) -> notes.put(rs.getLong(1), rs.getString(2))).list();
        return notes;
    }
}
