package org.gridvoice.insight.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridvoice.insight.CategoryRef;
import org.gridvoice.insight.GridRef;
import org.gridvoice.insight.InsightScope;
import org.gridvoice.insight.Metric;
import org.gridvoice.insight.PeriodKind;
import org.gridvoice.insight.RequestPoint;
import org.gridvoice.place.OfficeKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads of the {@code insight_demand} rollup (V53) and the few source tables the figures need, in
 * plain SQL: each call is one statement whatever the number of grids, categories or periods.
 */
@Component
public class DemandQueries {

    /** The scope's grids, joined to filter the rollup by street or community. */
    private static final String SCOPE = """
            JOIN place_grid g ON g.id = d.grid_id JOIN place_community m ON m.id = g.community_id
            WHERE m.street_id = :street AND (:community IS NULL OR m.id = :community)""";

    private final JdbcClient jdbc;

    DemandQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The rollup's column of a metric (a closed set: never text from a request). */
    public static String column(Metric metric) {
        return switch (metric) {
            case REQUESTS -> "requests";
            case SUPPORTS -> "supports";
            case PROPOSALS -> "proposals";
            case ENDORSEMENTS -> "endorsements";
            case CASES_OPENED -> "cases_opened";
            case CASES_RESOLVED -> "cases_resolved";
            case CASES_REOPENED -> "cases_reopened";
            case SATISFIED -> "satisfied";
            case RATED -> "rated";
        };
    }

    public boolean streetExists(long streetId) {
        return jdbc.sql("SELECT COUNT(*) FROM place_street WHERE id = :s").param("s", streetId).query(Integer.class).single() > 0;
    }

    public boolean communityOf(long communityId, long streetId) {
        return jdbc.sql("SELECT COUNT(*) FROM place_community WHERE id = :c AND street_id = :s").param("c", communityId)
                .param("s", streetId).query(Integer.class).single() > 0;
    }

    /** The scope's grids, community by community in their places-screen order. */
    public List<GridRef> grids(InsightScope scope) {
        return jdbc.sql("""
                SELECT g.id, g.community_id, m.name AS community, g.name FROM place_grid g
                JOIN place_community m ON m.id = g.community_id
                WHERE m.street_id = :street AND (:community IS NULL OR m.id = :community)
                ORDER BY m.sort_order, m.id, g.sort_order, g.id""")
                .param("street", scope.streetId()).param("community", scope.communityId())
                .query((rs, n) -> new GridRef(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4))).list();
    }

    public Optional<GridRef> grid(long gridId) {
        return jdbc.sql("""
                SELECT g.id, g.community_id, m.name AS community, g.name FROM place_grid g
                JOIN place_community m ON m.id = g.community_id WHERE g.id = :g""").param("g", gridId)
                .query((rs, n) -> new GridRef(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4))).optional();
    }

    /** Categories in use (retired ones only when {@code id} names one), in their order; one when {@code id} is set. */
    public List<CategoryRef> categories(Long id) {
        return jdbc.sql("""
                SELECT id, code, name_zh, name_en FROM place_category
                WHERE (:id IS NULL AND retired = FALSE) OR id = :id ORDER BY sort_order, id""").param("id", id)
                .query((rs, n) -> new CategoryRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    /** One cell of a sum: a grid, a category and its count. */
    public record Cell(long gridId, long categoryId, long count) {
    }

    /** The metric summed over {@code [from, to)} per grid and category of the scope (empty cells left out). */
    public List<Cell> cells(InsightScope scope, Metric metric, PeriodKind period, LocalDate from, LocalDate to, Long categoryId) {
        String col = "d." + column(metric);
        return jdbc.sql("SELECT d.grid_id, d.category_id, SUM(" + col + ") FROM insight_demand d " + SCOPE
                        + " AND d.period_kind = :kind AND d.period_start >= :from AND d.period_start < :to"
                        + " AND (:category IS NULL OR d.category_id = :category) AND " + col + " <> 0"
                        + " GROUP BY d.grid_id, d.category_id")
                .param("street", scope.streetId()).param("community", scope.communityId()).param("kind", period.name())
                .param("from", from).param("to", to).param("category", categoryId)
                .query((rs, n) -> new Cell(rs.getLong(1), rs.getLong(2), rs.getLong(3))).list();
    }

    /** One point of a trend: the series' key (grid or category), the period and its count. */
    public record Point(long key, LocalDate period, long count) {
    }

    /** The metric per period and grid ({@code byGrid}) or category, filtered by grid and category when given. */
    public List<Point> series(InsightScope scope, Metric metric, PeriodKind period, LocalDate from, LocalDate to, boolean byGrid,
                              Long gridId, Long categoryId) {
        String col = "d." + column(metric);
        String key = byGrid ? "d.grid_id" : "d.category_id";
        return jdbc.sql("SELECT " + key + ", d.period_start, SUM(" + col + ") FROM insight_demand d " + SCOPE
                        + " AND d.period_kind = :kind AND d.period_start >= :from AND d.period_start < :to"
                        + " AND (:grid IS NULL OR d.grid_id = :grid) AND (:category IS NULL OR d.category_id = :category)"
                        + " AND " + col + " <> 0 GROUP BY " + key + ", d.period_start")
                .param("street", scope.streetId()).param("community", scope.communityId()).param("kind", period.name())
                .param("from", from).param("to", to).param("grid", gridId).param("category", categoryId)
                .query((rs, n) -> new Point(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3))).list();
    }

    /**
     * The scope's requests per grid and category summed over three windows of weeks, in the database
     * (one row per cell, not per week): the week under test, the baseline weeks before it, and last
     * year's weeks (empty when {@code lastYearFrom} is null). Only the weeks of those windows are read.
     */
    public List<WindowSums> windowSums(InsightScope scope, LocalDate week, LocalDate baselineFrom, LocalDate lastYearFrom,
                                       LocalDate lastYearTo) {
        return jdbc.sql("SELECT d.grid_id, d.category_id, SUM(IF(d.period_start = :week, d.requests, 0)),"
                        + " SUM(IF(d.period_start < :week AND d.period_start >= :baseFrom, d.requests, 0)),"
                        + " SUM(IF(d.period_start < :lyTo, d.requests, 0)) FROM insight_demand d " + SCOPE
                        + " AND d.period_kind = 'WEEK' AND ((d.period_start >= :baseFrom AND d.period_start <= :week)"
                        + " OR (d.period_start >= :lyFrom AND d.period_start < :lyTo)) AND d.requests <> 0"
                        + " GROUP BY d.grid_id, d.category_id")
                .param("street", scope.streetId()).param("community", scope.communityId()).param("week", week)
                .param("baseFrom", baselineFrom).param("lyFrom", lastYearFrom == null ? week : lastYearFrom)
                .param("lyTo", lastYearTo == null ? week : lastYearTo)
                .query((rs, n) -> new WindowSums(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5))).list();
    }

    /** One cell's requests in the week under test, its baseline weeks and last year's weeks. */
    public record WindowSums(long gridId, long categoryId, long count, long baseline, long lastYear) {
    }

    /** Whether the scope has a request filed in a week before {@code before}: history reaches back that far. */
    public boolean requestsBefore(InsightScope scope, LocalDate before) {
        return !jdbc.sql("SELECT 1 FROM insight_demand d " + SCOPE
                        + " AND d.period_kind = 'WEEK' AND d.period_start < :before AND d.requests <> 0 LIMIT 1")
                .param("street", scope.streetId()).param("community", scope.communityId()).param("before", before)
                .query(Integer.class).list().isEmpty();
    }

    /** Every metric of one grid summed over {@code [from, to)}, for one category or all. */
    public long[] totals(long gridId, Long categoryId, PeriodKind period, LocalDate from, LocalDate to) {
        StringBuilder sql = new StringBuilder("SELECT ");
        Metric[] metrics = Metric.values();
        for (int i = 0; i < metrics.length; i++) {
            sql.append(i == 0 ? "" : ", ").append("COALESCE(SUM(").append(column(metrics[i])).append("), 0)");
        }
        sql.append(" FROM insight_demand WHERE grid_id = :g AND period_kind = :kind AND period_start >= :from AND period_start < :to")
                .append(" AND (:category IS NULL OR category_id = :category)");
        return jdbc.sql(sql.toString()).param("g", gridId).param("kind", period.name()).param("from", from).param("to", to)
                .param("category", categoryId).query((rs, n) -> {
                    long[] out = new long[metrics.length];
                    for (int i = 0; i < metrics.length; i++) {
                        out[i] = rs.getLong(i + 1);
                    }
                    return out;
                }).single();
    }

    /** Seconds from routing to resolution of the grid's cases resolved in {@code [from, to)}, ascending. */
    public List<Long> secondsToResolve(long gridId, Long categoryId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT TIMESTAMPDIFF(SECOND, routed_at, resolved_at) AS s FROM casework_case
                WHERE grid_id = :g AND (:category IS NULL OR category_id = :category)
                  AND resolved_at >= :from AND resolved_at < :to ORDER BY s""")
                .param("g", gridId).param("category", categoryId).param("from", from.atStartOfDay()).param("to", to.atStartOfDay())
                .query(Long.class).list();
    }

    /** The scope's requests with coordinates filed in {@code [from, to)}, newest first. */
    public List<RequestPoint> points(InsightScope scope, LocalDate from, LocalDate to, Long categoryId, int limit) {
        return jdbc.sql("""
                SELECT d.id, d.grid_id, d.category_id, d.latitude, d.longitude FROM request d
                JOIN place_grid g ON g.id = d.grid_id JOIN place_community m ON m.id = g.community_id
                WHERE m.street_id = :street AND (:community IS NULL OR m.id = :community)
                  AND d.filed_at >= :from AND d.filed_at < :to AND d.latitude IS NOT NULL AND d.longitude IS NOT NULL
                  AND (:category IS NULL OR d.category_id = :category)
                ORDER BY d.filed_at DESC, d.id DESC LIMIT :limit""")
                .param("street", scope.streetId()).param("community", scope.communityId()).param("from", from.atStartOfDay())
                .param("to", to.atStartOfDay()).param("category", categoryId).param("limit", limit)
                .query((rs, n) -> new RequestPoint(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getObject(4, BigDecimal.class),
                        rs.getObject(5, BigDecimal.class))).list();
    }

    /** The grid's requests of a category (or all) filed in {@code [from, to)}, oldest first. */
    public List<Long> requestIds(long gridId, Long categoryId, LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("""
                SELECT id FROM request WHERE grid_id = :g AND (:category IS NULL OR category_id = :category)
                  AND filed_at >= :from AND filed_at < :to ORDER BY filed_at, id LIMIT :limit""")
                .param("g", gridId).param("category", categoryId).param("from", from.atStartOfDay()).param("to", to.atStartOfDay())
                .param("limit", limit).query(Long.class).list();
    }

    /** One office's row of the duty-load table, before the per-staff share. */
    public record OfficeRow(long officeId, String name, OfficeKind kind, int leads, int coHandles, long open, long late,
                            long escalated, int staff) {
    }

    /**
     * Every office of the street with its load, in one statement: list entries in force it leads and
     * co-handles, its open cases (late, escalated), and the people holding a role scoped to it.
     */
    public List<OfficeRow> officeLoad(long streetId, LocalDateTime now) {
        List<OfficeRow> rows = new ArrayList<>();
        jdbc.sql("""
                SELECT o.id, o.name, o.kind,
                  (SELECT COUNT(DISTINCT v.entry_id) FROM responsibility_version v WHERE v.lead_office_id = o.id
                     AND v.effective_from <= :now AND (v.effective_to IS NULL OR v.effective_to > :now)) AS leads,
                  (SELECT COUNT(DISTINCT v.entry_id) FROM responsibility_co_office co JOIN responsibility_version v ON v.id = co.version_id
                     WHERE co.office_id = o.id AND v.effective_from <= :now AND (v.effective_to IS NULL OR v.effective_to > :now)) AS co,
                  (SELECT COUNT(*) FROM casework_case c WHERE c.office_id = o.id AND c.status IN ('NEW', 'ACCEPTED', 'IN_PROGRESS')) AS open,
                  (SELECT COUNT(*) FROM casework_case c WHERE c.office_id = o.id AND c.status IN ('NEW', 'ACCEPTED', 'IN_PROGRESS')
                     AND c.late_at IS NOT NULL) AS late,
                  (SELECT COUNT(*) FROM casework_case c WHERE c.office_id = o.id AND c.status IN ('NEW', 'ACCEPTED', 'IN_PROGRESS')
                     AND c.escalated_at IS NOT NULL) AS escalated,
                  (SELECT COUNT(DISTINCT r.user_id) FROM account_role_grant r JOIN account_user u ON u.id = r.user_id
                     WHERE r.office_id = o.id AND u.disabled = FALSE) AS staff
                FROM place_office o WHERE o.street_id = :street AND o.retired = FALSE
                ORDER BY o.kind, o.sort_order, o.id""")
                .param("street", streetId).param("now", now).query((rs, n) -> rows.add(new OfficeRow(rs.getLong(1), rs.getString(2),
                        OfficeKind.valueOf(rs.getString(3)), rs.getInt(4), rs.getInt(5), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                        rs.getInt(9)))).list();
        return rows;
    }
}
