package org.gridvoice.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridvoice.casework.CaseFeedFilter;
import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13's API benchmark: {@code GET /open311/v2/requests.json} (a page of 50) over 200,000
 * requests (cases seeded in SQL, each with its routing step), loaded with wrk (Debian's package) at
 * 16 connections, against the very bytes of that answer served as a static file by the same app
 * through the same filter chain, in the same run. Runs alternate (static, API, static, API) so drift
 * on the machine reaches both. Writes target/bench/open311.md; asserts nothing about time.
 */
@Tag("bench")
@GridVoiceTest
class Open311Benchmark {

    private static final int REQUESTS = Integer.getInteger("bench.requests", 200_000);
    private static final int CONNECTIONS = 16;
    private static final String SECONDS = System.getProperty("bench.seconds", "20");
    private static final Pattern RESULT = Pattern.compile(
            "RESULT requests=(\\d+) duration_us=(\\d+) bytes=(\\d+) p50_us=(\\d+) p95_us=(\\d+) p99_us=(\\d+) errors=(\\d+)");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired org.gridvoice.casework.CaseFeedService feed;
    @Autowired org.springframework.jdbc.core.JdbcTemplate template;

    private record Run(String what, long requests, double seconds, long bytes, double p50, double p95, double p99, long errors) {

        double rate() {
            return requests / seconds;
        }
    }

    @Test
    void measure() throws Exception {
        long seedStart = System.nanoTime();
        seed();
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        jdbc.sql("ANALYZE TABLE casework_case, casework_event, request").query().listOfRows();

        // where an uncached answer's time goes: the feed's statements alone, in this thread
        double[] feedMillis = new double[200];
        for (int i = 0; i < feedMillis.length; i++) {
            LocalDateTime from = LocalDateTime.now().minusDays(85).plusSeconds(i);
            long start = System.nanoTime();
            feed.page(new CaseFeedFilter(List.of(), null, List.of(), from, LocalDateTime.now(), null, 1, 50));
            feedMillis[i] = (System.nanoTime() - start) / 1e6;
        }
        java.util.Arrays.sort(feedMillis);
        LocalDateTime from = LocalDateTime.now().minusDays(85);
        List<Long> pageIds = jdbc.sql("SELECT id FROM casework_case WHERE routed_at >= :f ORDER BY routed_at DESC, id DESC LIMIT 50")
                .param("f", from).query(Long.class).list();
        List<String> plans = new ArrayList<>();
        for (String sql : List.of(
                "EXPLAIN SELECT c.id FROM casework_case c WHERE c.routed_at >= :f AND c.routed_at <= NOW() ORDER BY c.routed_at DESC, c.id DESC LIMIT 50",
                "EXPLAIN SELECT e.case_id, e.note FROM casework_event e JOIN (SELECT MAX(n.id) AS id FROM casework_event n WHERE n.case_id IN (:ids)"
                        + " AND n.internal = FALSE AND n.note IS NOT NULL AND n.note <> '' GROUP BY n.case_id) newest ON newest.id = e.id",
                "EXPLAIN SELECT c.id, (SELECT MAX(e.at) FROM casework_event e WHERE e.case_id = c.id AND e.internal = FALSE) FROM casework_case c"
                        + " JOIN place_category k ON k.id = c.category_id JOIN place_office o ON o.id = c.office_id WHERE c.id IN (:ids)")) {
            for (var row : jdbc.sql(sql).param("f", from).param("ids", pageIds).query().listOfRows()) {
                plans.add("    " + row);
            }
        }

        String api = "http://127.0.0.1:" + port + "/open311/v2/requests.json?page_size=50";
        HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the API answered " + answer.statusCode() + ": " + new String(answer.body(), StandardCharsets.UTF_8));
        }
        BenchStaticFile.body = answer.body();
        String staticUrl = "http://127.0.0.1:" + port + "/open311/v2/bench-static.json";
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(staticUrl)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (file.statusCode() != 200 || file.body().length != answer.body().length) {
            throw new IllegalStateException("the static file is not served: " + file.statusCode());
        }

        wrk("warm-up", staticUrl, "5", REPORT);
        wrk("warm-up", api, "10", REPORT);
        wrk("warm-up", api, "10", UNCACHED);
        List<Run> runs = new ArrayList<>();
        for (int round = 1; round <= 2; round++) {
            runs.add(wrk("static file, round " + round, staticUrl, SECONDS, REPORT));
            runs.add(wrk("GET requests.json page of 50, round " + round, api, SECONDS, REPORT));
            runs.add(wrk("diagnostic: each request a new window (no cache), round " + round, api, SECONDS, UNCACHED));
        }
        Run staticAll = total("static file, both rounds", runs.stream().filter(r -> r.what().startsWith("static")).toList());
        Run apiAll = total("GET requests.json, both rounds", runs.stream().filter(r -> r.what().startsWith("GET")).toList());

        StringJoiner table = new StringJoiner("\n");
        table.add("Seeded " + REQUESTS + " requests as cases in " + String.format("%.0f", seedSeconds) + " s; answer of "
                + answer.body().length + " bytes; wrk -t2 -c" + CONNECTIONS + " -d" + SECONDS + "s, app and wrk on the same "
                + Runtime.getRuntime().availableProcessors() + " cores.");
        table.add("");
        table.add("| run | requests/s | p50 ms | p95 ms | p99 ms | errors |");
        table.add("|---|---|---|---|---|---|");
        for (Run r : runs) {
            table.add(row(r));
        }
        table.add(row(staticAll));
        table.add(row(apiAll));
        Run uncachedAll = total("diagnostic, no cache, both rounds", runs.stream().filter(r -> r.what().startsWith("diagnostic")).toList());
        table.add(row(uncachedAll));
        table.add("");
        table.add(String.format("API rate / static rate: %.2f (bar ≥ 0.50); API p95 %.1f ms (bar ≤ 50 ms, worst round)",
                apiAll.rate() / staticAll.rate(), runs.stream().filter(r -> r.what().startsWith("GET")).mapToDouble(Run::p95).max().orElse(0)));
        table.add(String.format("Diagnostic: CaseFeedService.page (a page of 50, its two statements) in one thread, p50 %.2f ms, p95 %.2f ms.",
                feedMillis[feedMillis.length / 2], feedMillis[feedMillis.length * 95 / 100]));
        table.add("Plans of the feed's statements:");
        plans.forEach(table::add);
        table.add(String.format("Without the answer cache (gridvoice.open311.cache-ttl): %.2f of the static rate, p95 %.1f ms.",
                uncachedAll.rate() / staticAll.rate(), uncachedAll.p95()));
        System.out.println(table);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/open311.md"), table + "\n");
    }

    private static String row(Run r) {
        return String.format("| %s | %.0f | %.2f | %.2f | %.2f | %d |", r.what(), r.rate(), r.p50(), r.p95(), r.p99(), r.errors());
    }

    // percentiles of the whole are not the mean of the rounds': the whole keeps the worse round's p95
    private static Run total(String what, List<Run> rounds) {
        return new Run(what, rounds.stream().mapToLong(Run::requests).sum(), rounds.stream().mapToDouble(Run::seconds).sum(),
                rounds.stream().mapToLong(Run::bytes).sum(), rounds.stream().mapToDouble(Run::p50).max().orElse(0),
                rounds.stream().mapToDouble(Run::p95).max().orElse(0), rounds.stream().mapToDouble(Run::p99).max().orElse(0),
                rounds.stream().mapToLong(Run::errors).sum());
    }

    private static final String REPORT = "wrk-report.lua";
    private static final String UNCACHED = "wrk-uncached.lua";

    private static Run wrk(String what, String url, String seconds, String scriptName) throws IOException, InterruptedException {
        Path script = Path.of("target/bench/" + scriptName);
        Files.createDirectories(script.getParent());
        try (var in = Open311Benchmark.class.getResourceAsStream("/bench/" + scriptName)) {
            Files.write(script, in.readAllBytes());
        }
        Process p = new ProcessBuilder("wrk", "-t2", "-c" + CONNECTIONS, "-d" + seconds + "s", "--timeout", "10s", "-s", script.toString(), url)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(Long.parseLong(seconds) + 60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("wrk failed (install it: apt-get install -y wrk):\n" + out);
        }
        Matcher m = RESULT.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no result line from wrk:\n" + out);
        }
        return new Run(what, Long.parseLong(m.group(1)), Long.parseLong(m.group(2)) / 1e6, Long.parseLong(m.group(3)),
                Long.parseLong(m.group(4)) / 1000.0, Long.parseLong(m.group(5)) / 1000.0, Long.parseLong(m.group(6)) / 1000.0,
                Long.parseLong(m.group(7)));
    }

    /**
     * 200,000 requests filed over the last 60 days in the demo street's grids, each a case with its
     * routing step and its request row, written in JDBC batches.
     */
    private void seed() {
        long base = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM casework_case").query(Long.class).single() + 1_000_000;
        long requestBase = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM request").query(Long.class).single() + 1_000_000;
        record Grid(long id, long communityId, String name) {
        }
        record Category(long id, String nameZh, String nameEn) {
        }
        List<Grid> grids = jdbc.sql("SELECT id, community_id, name FROM place_grid ORDER BY id").query(Grid.class).list();
        List<Category> categories = jdbc.sql("SELECT id, name_zh, name_en FROM place_category ORDER BY id").query(Category.class).list();
        String[] statuses = {"NEW", "ACCEPTED", "IN_PROGRESS", "RESOLVED", "CLOSED"};
        LocalDateTime now = LocalDateTime.now();
        int batch = 2_000;
        for (int from = 1; from <= REQUESTS; from += batch) {
            List<Object[]> cases = new ArrayList<>();
            List<Object[]> events = new ArrayList<>();
            List<Object[]> requests = new ArrayList<>();
            for (int i = from; i < from + batch && i <= REQUESTS; i++) {
                Grid g = grids.get(i % grids.size());
                Category c = categories.get(i % categories.size());
                LocalDateTime at = now.minusSeconds(i * 25L);
                String words = "楼道里堆了很多纸箱和旧家具，影响通行和消防安全，请尽快清理。#" + i;
                String place = (1 + i % 12) + " 号楼 " + (1 + i % 4) + " 单元";
                BigDecimal lat = new BigDecimal("31.2").add(BigDecimal.valueOf(i % 1000, 5));
                BigDecimal lng = new BigDecimal("121.4").add(BigDecimal.valueOf(i % 997, 5));
                long office = i % 3 == 0 ? 3 : 1;
                String status = statuses[i % statuses.length];
                // steady state: what the deadline job would have marked by now is marked, so it does not start
                // marking (and emptying the answer cache) during the measurement
                boolean open = i % statuses.length < 3;
                LocalDateTime late = open && at.plusHours(24).isBefore(now) ? at.plusHours(24) : null;
                LocalDateTime escalated = open && at.plusDays(9).isBefore(now) ? at.plusDays(9) : null;
                cases.add(new Object[] {base + i, requestBase + i, g.communityId(), g.id(), c.id(), status, office, at.plusHours(24),
                        at.plusDays(7), at, late, escalated, "楼道堆物影响通行 #" + i, words, "<p>" + words + "</p>", c.nameZh(), c.nameEn(),
                        g.name(), place, lat, lng});
                events.add(new Object[] {base + i, at, office});
                requests.add(new Object[] {requestBase + i, base + i, g.communityId(), g.id(), c.id(), place, lat, lng, words, at, status,
                        at});
            }
            template.batchUpdate("""
                    INSERT INTO casework_case (id, source, request_id, street_id, community_id, grid_id, category_id, status, office_id,
                        fallback, response_hours, response_due_at, resolution_due_at, routed_at, late_at, escalated_at, snap_title, snap_body,
                        snap_body_html,
                        snap_author, snap_author_shown, snap_category_zh, snap_category_en, snap_grid, snap_place, snap_latitude,
                        snap_longitude, snap_endorsements)
                    VALUES (?, 'REQUEST', ?, 1, ?, ?, ?, ?, ?, FALSE, 24, ?, ?, ?, ?, ?, ?, ?, ?, '', FALSE, ?, ?, ?, ?, ?, ?, 0)""", cases);
            template.batchUpdate("""
                    INSERT INTO casework_event (case_id, at, kind, to_office_id, internal) VALUES (?, ?, 'ROUTED', ?, FALSE)""", events);
            template.batchUpdate("""
                    INSERT INTO request (id, case_id, street_id, community_id, grid_id, category_id, client_id, show_name, address, latitude,
                        longitude, description, filed_at, status, updated_at)
                    VALUES (?, ?, 1, ?, ?, ?, 1, FALSE, ?, ?, ?, ?, ?, ?, ?)""", requests);
        }
    }
}
