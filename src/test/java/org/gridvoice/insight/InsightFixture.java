package org.gridvoice.insight;

import java.time.LocalDateTime;
import java.util.List;
import org.gridvoice.support.People;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A street of its own per call (one community, three grids, a grid station and a street department,
 * the station as the street's default office), so the demo's rows and other tests' never mix into
 * the figures; and rows written straight into the source tables, as the demo's batch inserts do.
 */
@Component
public class InsightFixture {

    private final JdbcClient jdbc;
    private final People people;
    private Long author;

    InsightFixture(JdbcClient jdbc, People people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    public record Place(long streetId, long communityId, List<Long> grids, long station, long department) {
        public InsightScope scope() {
            return new InsightScope(streetId, null);
        }
    }

    public Place street() {
        String tag = Long.toString(System.nanoTime(), 36);
        long street = jdbc.sql("INSERT INTO place_street (name) VALUES (:n) RETURNING id").param("n", "洞察街道 " + tag)
                .query(Long.class).single();
        long community = jdbc.sql("INSERT INTO place_community (street_id, name) VALUES (:s, '洞察社区') RETURNING id")
                .param("s", street).query(Long.class).single();
        List<Long> grids = List.of(1, 2, 3).stream().map(i -> jdbc.sql(
                        "INSERT INTO place_grid (community_id, name, sort_order) VALUES (:c, :n, :i) RETURNING id")
                .param("c", community).param("n", "第" + i + "网格").param("i", i).query(Long.class).single()).toList();
        long station = jdbc.sql("INSERT INTO place_office (street_id, name, kind) VALUES (:s, '洞察网格站', 'GRID_STATION') RETURNING id")
                .param("s", street).query(Long.class).single();
        long department = jdbc.sql(
                        "INSERT INTO place_office (street_id, name, kind) VALUES (:s, '洞察城管科', 'STREET_DEPARTMENT') RETURNING id")
                .param("s", street).query(Long.class).single();
        for (Long g : grids) {
            jdbc.sql("INSERT INTO place_office_grid (office_id, grid_id) VALUES (:o, :g)").param("o", station).param("g", g).update();
        }
        jdbc.sql("""
                INSERT INTO responsibility_street_office (street_id, default_office_id, coordinator_office_id, default_response_hours,
                    default_resolution_days) VALUES (:s, :o, :o, 24, 15)""").param("s", street).param("o", station).update();
        return new Place(street, community, grids, station, department);
    }

    /** The ids of the first {@code n} categories in use. */
    public List<Long> categories(int n) {
        return jdbc.sql("SELECT id FROM place_category WHERE retired = FALSE ORDER BY sort_order, id LIMIT :n").param("n", n)
                .query(Long.class).list();
    }

    /** {@code count} requests filed in the grid and category at {@code at} (straight into the table). */
    public void requests(long streetId, long gridId, long categoryId, LocalDateTime at, int count) {
        for (int i = 0; i < count; i++) {
            request(streetId, gridId, categoryId, at.plusMinutes(i));
        }
    }

    public long request(long streetId, long gridId, long categoryId, LocalDateTime at) {
        return jdbc.sql("""
                INSERT INTO request (street_id, community_id, grid_id, category_id, author_id, address, description, filed_at, updated_at)
                SELECT :s, community_id, id, :c, :a, '洞察路 1 号', '测试诉求', :at, :at FROM place_grid WHERE id = :g RETURNING id""")
                .param("s", streetId).param("c", categoryId).param("a", author()).param("at", at).param("g", gridId)
                .query(Long.class).single();
    }

    /** A request's case in the grid, routed to the office at {@code routedAt}, resolved at {@code resolvedAt} (null: open). */
    public long requestCase(Place place, long gridId, long categoryId, long officeId, LocalDateTime routedAt, LocalDateTime resolvedAt,
                            boolean late, boolean escalated) {
        LocalDateTime far = LocalDateTime.of(2099, 1, 1, 0, 0);
        return jdbc.sql("""
                INSERT INTO casework_case (source, request_id, street_id, community_id, grid_id, category_id, status, office_id, fallback,
                    hops, response_hours, response_due_at, resolution_due_at, resolved_at, late_at, escalated_at, routed_at, snap_title,
                    snap_body, snap_body_html, snap_author, snap_author_shown, snap_category_zh, snap_category_en, snap_grid,
                    snap_endorsements)
                VALUES ('REQUEST', :request, :s, :m, :g, :c, :status, :o, FALSE, 0, 24, :far, :far, :resolved, :late, :escalated, :at,
                    '洞察测试', '内容', '<p>内容</p>', '', FALSE, '类别', 'Category', '网格', 0)
                RETURNING id""")
                .param("request", System.nanoTime()).param("s", place.streetId()).param("m", place.communityId()).param("g", gridId)
                .param("c", categoryId).param("status", resolvedAt == null ? "IN_PROGRESS" : "RESOLVED").param("o", officeId)
                .param("far", far).param("resolved", resolvedAt).param("late", late ? routedAt.plusDays(1) : null)
                .param("escalated", escalated ? routedAt.plusDays(2) : null).param("at", routedAt).query(Long.class).single();
    }

    /** A timeline entry of the case; returns its id. */
    public long event(long caseId, String kind, LocalDateTime at) {
        return jdbc.sql("INSERT INTO casework_event (case_id, at, kind, internal) VALUES (:c, :at, :k, FALSE) RETURNING id")
                .param("c", caseId).param("at", at).param("k", kind).query(Long.class).single();
    }

    /** A resident's answers on a CONFIRMED entry made now at {@code at}. */
    public void confirmation(long caseId, LocalDateTime at, String satisfaction) {
        jdbc.sql("INSERT INTO casework_confirmation (event_id, resolution, satisfaction) VALUES (:e, 'RESOLVED', :s)")
                .param("e", event(caseId, "CONFIRMED", at)).param("s", satisfaction).update();
    }

    public long author() {
        if (author == null) {
            author = people.resident().id();
        }
        return author;
    }
}
