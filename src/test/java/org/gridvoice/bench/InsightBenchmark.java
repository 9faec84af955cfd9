package org.gridvoice.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.gridvoice.insight.InsightQuery;
import org.gridvoice.insight.InsightScope;
import org.gridvoice.insight.InsightService;
import org.gridvoice.insight.Metric;
import org.gridvoice.insight.PeriodKind;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16's benchmark: 1,000,000 requests ({@code -Dbench.requests}) over three years in 60 grids ×
 * 20 categories of a street of its own, written through the rollup's triggers as any filing is. It
 * measures, through {@link InsightService}, the heat table of a year (all categories), the map values
 * of a year (one category's heat table: what shades the grids) and the hotspot list: p50 / p95 over
 * 60 runs after 10 warm-ups, each against a raw SQL query over the same rollup in the same run; and
 * the cost the rollup adds to filing: single-row inserts into {@code request} (triggers) against the
 * same inserts into a trigger-less copy of it with the same indexes and foreign keys, alternated in
 * rounds. Writes target/bench/insight.md; asserts nothing about time.
 */
@Tag("bench")
@GridVoiceTest
class InsightBenchmark {

    private static final int REQUESTS = Integer.getInteger("bench.requests", 1_000_000);
    private static final int INSERTS = Integer.getInteger("bench.inserts", 3_000);
    private static final int ROUNDS = 3;
    private static final int RUNS = 60;
    private static final int GRIDS = 60;
    private static final int CATEGORIES = 20;

    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired InsightService insight;
    @Autowired People people;

    private record Result(String what, double p50, double p95, double rawP50, double rawP95) {
    }

    @Test
    void measure() throws Exception {
        long seedStart = System.nanoTime();
        long street = jdbc.sql("INSERT INTO place_street (name) VALUES (:n) RETURNING id").param("n", "基准街道 " + System.nanoTime())
                .query(Long.class).single();
        long[] communities = new long[3];
        long[] grids = new long[GRIDS];
        for (int c = 0; c < 3; c++) {
            communities[c] = jdbc.sql("INSERT INTO place_community (street_id, name) VALUES (:s, :n) RETURNING id").param("s", street)
                    .param("n", "基准社区" + c).query(Long.class).single();
            for (int g = 0; g < GRIDS / 3; g++) {
                grids[c * (GRIDS / 3) + g] = jdbc.sql("INSERT INTO place_grid (community_id, name) VALUES (:c, :n) RETURNING id")
                        .param("c", communities[c]).param("n", "网格" + g).query(Long.class).single();
            }
        }
        long[] categories = new long[CATEGORIES];
        for (int i = 0; i < CATEGORIES; i++) {
            categories[i] = jdbc.sql("INSERT INTO place_category (code, name_zh, name_en, sort_order) VALUES (:c, :z, :e, :o) RETURNING id")
                    .param("c", "bench-" + System.nanoTime()).param("z", "类别" + i).param("e", "Category " + i).param("o", 1000 + i)
                    .query(Long.class).single();
        }
        long author = people.resident().id();
        LocalDate today = LocalDate.now();
        LocalDate thisWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDateTime end = thisWeek.atStartOfDay();
        LocalDateTime start = end.minusYears(3);
        long spanMinutes = java.time.Duration.between(start, end).toMinutes();
        Random random = new Random(16);
        String insert = "INSERT INTO request (street_id, community_id, grid_id, category_id, author_id, address, description, filed_at, "
                + "updated_at) VALUES (?, ?, ?, ?, ?, 'bench', 'bench', ?, ?)";
        try (Connection con = dataSource.getConnection()) {
            con.setAutoCommit(false);
            try (PreparedStatement ps = con.prepareStatement(insert)) {
                for (int i = 0; i < REQUESTS; i++) {
                    int g = random.nextInt(GRIDS);
                    // a few categories carry most demand, as in life
                    int c = Math.min(CATEGORIES - 1, (int) Math.floor(Math.abs(random.nextGaussian()) * 5));
                    LocalDateTime at = start.plusMinutes((long) (random.nextDouble() * spanMinutes));
                    bind(ps, street, communities[g / (GRIDS / 3)], grids[g], categories[c], author, at);
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                        con.commit();
                    }
                }
                // one clear hotspot last week
                for (int i = 0; i < 40; i++) {
                    bind(ps, street, communities[0], grids[7], categories[12], author, end.minusDays(3).plusMinutes(i));
                    ps.addBatch();
                }
                ps.executeBatch();
                con.commit();
            }
        }
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        jdbc.sql("ANALYZE TABLE insight_demand").query().listOfRows();

        InsightScope scope = new InsightScope(street, null);
        LocalDate yearTo = thisWeek.withDayOfMonth(1);
        LocalDate yearFrom = yearTo.minusYears(1);
        InsightQuery heat = new InsightQuery(scope, Metric.REQUESTS, PeriodKind.MONTH, yearFrom, yearTo, null);
        InsightQuery map = new InsightQuery(scope, Metric.REQUESTS, PeriodKind.MONTH, yearFrom, yearTo, categories[0]);
        LocalDate week = thisWeek.minusWeeks(1);
        String rawCells = """
                SELECT d.grid_id, d.category_id, SUM(d.requests) FROM insight_demand d JOIN place_grid g ON g.id = d.grid_id
                JOIN place_community m ON m.id = g.community_id WHERE m.street_id = :s AND d.period_kind = 'MONTH'
                  AND d.period_start >= :f AND d.period_start < :t AND (:c IS NULL OR d.category_id = :c) GROUP BY d.grid_id, d.category_id""";
        // the hotspot test's windows summed per cell: the week, the 12 before, and last year's 5 (the seed has 3 years)
        String rawWindows = """
                SELECT d.grid_id, d.category_id, SUM(IF(d.period_start = :w, d.requests, 0)),
                       SUM(IF(d.period_start < :w AND d.period_start >= :bf, d.requests, 0)), SUM(IF(d.period_start < :lt, d.requests, 0))
                FROM insight_demand d JOIN place_grid g ON g.id = d.grid_id
                JOIN place_community m ON m.id = g.community_id WHERE m.street_id = :s AND d.period_kind = 'WEEK'
                  AND ((d.period_start >= :bf AND d.period_start <= :w) OR (d.period_start >= :lf AND d.period_start < :lt))
                  AND d.requests <> 0 GROUP BY d.grid_id, d.category_id""";
        List<Result> results = new ArrayList<>();
        results.add(measure("heat table, a year × all categories (`heatTable`)", () -> insight.heatTable(heat),
                () -> jdbc.sql(rawCells).param("s", street).param("f", yearFrom).param("t", yearTo).param("c", null).query().listOfRows()));
        results.add(measure("map values, a year × one category (`heatTable` with a category)", () -> insight.heatTable(map),
                () -> jdbc.sql(rawCells).param("s", street).param("f", yearFrom).param("t", yearTo).param("c", categories[0]).query()
                        .listOfRows()));
        int hotspotCount = insight.hotspots(scope).size();
        results.add(measure("hotspot list (`hotspots`, " + hotspotCount + " flagged)", () -> insight.hotspots(scope),
                () -> jdbc.sql(rawWindows).param("s", street).param("w", week).param("bf", week.minusWeeks(12))
                        .param("lf", week.minusWeeks(54)).param("lt", week.minusWeeks(49)).query().listOfRows()));

        // filing: the rollup's triggers against a trigger-less copy with the same keys
        jdbc.sql("DROP TABLE IF EXISTS bench_request_plain").update();
        jdbc.sql("CREATE TABLE bench_request_plain LIKE request").update();
        jdbc.sql("""
                ALTER TABLE bench_request_plain ADD CONSTRAINT fk_brp_grid FOREIGN KEY (grid_id) REFERENCES place_grid (id),
                    ADD CONSTRAINT fk_brp_category FOREIGN KEY (category_id) REFERENCES place_category (id),
                    ADD CONSTRAINT fk_brp_author FOREIGN KEY (author_id) REFERENCES account_user (id)""").update();
        String plain = insert.replace("INSERT INTO request ", "INSERT INTO bench_request_plain ");
        double[] withRollup = new double[ROUNDS];
        double[] without = new double[ROUNDS];
        inserts(plain, INSERTS / 3, street, communities, grids, categories, author, end, random); // warm-up
        inserts(insert, INSERTS / 3, street, communities, grids, categories, author, end, random);
        for (int r = 0; r < ROUNDS; r++) {
            without[r] = inserts(plain, INSERTS, street, communities, grids, categories, author, end, random);
            withRollup[r] = inserts(insert, INSERTS, street, communities, grids, categories, author, end, random);
        }
        jdbc.sql("DROP TABLE bench_request_plain").update();

        StringJoiner table = new StringJoiner("\n");
        table.add(String.format("Insight benchmark: %,d requests over three years, %d grids × %d categories (seeded in %.0f s through the triggers)",
                REQUESTS, GRIDS, CATEGORIES, seedSeconds));
        table.add("");
        table.add("| read | p50 ms | p95 ms | raw SQL p50 ms | raw SQL p95 ms | p95 ratio | bar (p95 ≤ 100 ms and ≤ 1.5× raw) |");
        table.add("|---|---|---|---|---|---|---|");
        for (Result r : results) {
            double ratio = r.p95() / r.rawP95();
            table.add(String.format("| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %s |", r.what(), r.p50(), r.p95(), r.rawP50(), r.rawP95(), ratio,
                    r.p95() <= 100 && ratio <= 1.5 ? "meets" : "misses"));
        }
        table.add("");
        table.add("| filing round | µs per insert, trigger-less copy | µs per insert, with the rollup | ratio |");
        table.add("|---|---|---|---|");
        double sumWith = 0;
        double sumWithout = 0;
        for (int r = 0; r < ROUNDS; r++) {
            table.add(String.format("| %d | %.1f | %.1f | %.2f |", r + 1, without[r], withRollup[r], withRollup[r] / without[r]));
            sumWith += withRollup[r];
            sumWithout += without[r];
        }
        table.add(String.format("| all | %.1f | %.1f | %.2f |", sumWithout / ROUNDS, sumWith / ROUNDS, sumWith / sumWithout));
        System.out.println(table);
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "insight.md"), table + "\n");
    }

    private static void bind(PreparedStatement ps, long street, long community, long grid, long category, long author, LocalDateTime at)
            throws java.sql.SQLException {
        ps.setLong(1, street);
        ps.setLong(2, community);
        ps.setLong(3, grid);
        ps.setLong(4, category);
        ps.setLong(5, author);
        ps.setTimestamp(6, Timestamp.valueOf(at));
        ps.setTimestamp(7, Timestamp.valueOf(at));
    }

    /** Single-row inserts, one transaction each (a filing commits alone); mean µs per insert. */
    private double inserts(String sql, int n, long street, long[] communities, long[] grids, long[] categories, long author,
                           LocalDateTime end, Random random) throws Exception {
        try (Connection con = dataSource.getConnection(); PreparedStatement ps = con.prepareStatement(sql)) {
            con.setAutoCommit(true);
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                int g = random.nextInt(GRIDS);
                bind(ps, street, communities[g / (GRIDS / 3)], grids[g], categories[random.nextInt(CATEGORIES)], author,
                        end.minusMinutes(random.nextInt(60 * 24 * 7)));
                ps.executeUpdate();
            }
            return (System.nanoTime() - start) / 1e3 / n;
        }
    }

    /** p50 / p95 of the call and of the raw query, run alternately so drift reaches both. */
    private static Result measure(String what, Supplier<Object> call, Supplier<Object> raw) {
        for (int i = 0; i < 10; i++) {
            call.get();
            raw.get();
        }
        double[] service = new double[RUNS];
        double[] plain = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.get();
            service[i] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            raw.get();
            plain[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(service);
        Arrays.sort(plain);
        int p95 = (int) Math.ceil(RUNS * 0.95) - 1;
        return new Result(what, service[RUNS / 2], service[p95], plain[RUNS / 2], plain[p95]);
    }
}
