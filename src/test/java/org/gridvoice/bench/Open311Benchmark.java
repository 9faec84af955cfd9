package org.gridvoice.bench;

import java.io.IOException;
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
import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

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

    /** The "static file": the API's own answer, kept in memory as a static resource handler keeps one. */
    @RestController
    static class StaticBaseline {

        static volatile byte[] body;

        @GetMapping("/open311/v2/bench-static.json")
        ResponseEntity<byte[]> file() {
            return body == null ? ResponseEntity.notFound().build()
                    : ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
        }
    }

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

        String api = "http://127.0.0.1:" + port + "/open311/v2/requests.json?page_size=50";
        HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the API answered " + answer.statusCode() + ": " + new String(answer.body(), StandardCharsets.UTF_8));
        }
        StaticBaseline.body = answer.body();
        String staticUrl = "http://127.0.0.1:" + port + "/open311/v2/bench-static.json";

        wrk("warm-up", staticUrl, "5");
        wrk("warm-up", api, "10");
        List<Run> runs = new ArrayList<>();
        for (int round = 1; round <= 2; round++) {
            runs.add(wrk("static file, round " + round, staticUrl, SECONDS));
            runs.add(wrk("GET requests.json page of 50, round " + round, api, SECONDS));
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
        table.add("");
        table.add(String.format("API rate / static rate: %.2f (bar ≥ 0.50); API p95 %.1f ms (bar ≤ 50 ms, worst round)",
                apiAll.rate() / staticAll.rate(), runs.stream().filter(r -> r.what().startsWith("GET")).mapToDouble(Run::p95).max().orElse(0)));
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

    private static Run wrk(String what, String url, String seconds) throws IOException, InterruptedException {
        Path script = Path.of("target/bench/wrk-report.lua");
        Files.createDirectories(script.getParent());
        try (var in = Open311Benchmark.class.getResourceAsStream("/bench/wrk-report.lua")) {
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

    /** 200,000 requests filed over the last 60 days in the demo street's grids, each a case with its routing step. */
    private void seed() {
        long base = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM casework_case").query(Long.class).single() + 1_000_000;
        long requestBase = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM request").query(Long.class).single() + 1_000_000;
        LocalDateTime now = LocalDateTime.now();
        jdbc.sql("""
                INSERT INTO casework_case (id, source, request_id, street_id, community_id, grid_id, category_id, status, office_id, fallback,
                    response_hours, response_due_at, resolution_due_at, routed_at, snap_title, snap_body, snap_body_html, snap_author,
                    snap_author_shown, snap_category_zh, snap_category_en, snap_grid, snap_place, snap_latitude, snap_longitude,
                    snap_endorsements)
                SELECT :base + s.seq, 'REQUEST', :requestBase + s.seq, 1, g.community_id, g.id, c.id,
                    ELT(1 + s.seq MOD 5, 'NEW', 'ACCEPTED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'), IF(s.seq MOD 3 = 0, 3, 1), FALSE, 24,
                    t.at + INTERVAL 24 HOUR, t.at + INTERVAL 7 DAY, t.at, CONCAT('楼道堆物影响通行 #', s.seq),
                    CONCAT('楼道里堆了很多纸箱和旧家具，影响通行和消防安全，请尽快清理。#', s.seq),
                    CONCAT('<p>楼道里堆了很多纸箱和旧家具，影响通行和消防安全，请尽快清理。#', s.seq, '</p>'), '', FALSE,
                    c.name_zh, c.name_en, CONCAT(g.name), CONCAT(1 + s.seq MOD 12, ' 号楼 ', 1 + s.seq MOD 4, ' 单元'),
                    31.2 + (s.seq MOD 1000) / 100000, 121.4 + (s.seq MOD 997) / 100000, 0
                FROM seq_1_to_%d s
                JOIN place_grid g ON g.id = 1 + s.seq MOD 6
                JOIN place_category c ON c.id = (SELECT MIN(id) FROM place_category) + s.seq MOD 6
                JOIN (SELECT seq, :now - INTERVAL (seq * 25) SECOND AS at FROM seq_1_to_%d) t ON t.seq = s.seq""".formatted(REQUESTS, REQUESTS))
                .param("base", base).param("requestBase", requestBase).param("now", now).update();
        jdbc.sql("""
                INSERT INTO casework_event (case_id, at, kind, office_id, to_office_id, note, internal)
                SELECT id, routed_at, 'ROUTED', NULL, office_id, NULL, FALSE FROM casework_case WHERE id > :base""")
                .param("base", base).update();
        jdbc.sql("""
                INSERT INTO request (id, case_id, street_id, community_id, grid_id, category_id, client_id, show_name, address, latitude,
                    longitude, description, filed_at, status, updated_at)
                SELECT request_id, id, street_id, community_id, grid_id, category_id, 1, FALSE, snap_place, snap_latitude, snap_longitude,
                    snap_body, routed_at, status, routed_at FROM casework_case WHERE id > :base""")
                .param("base", base).update();
    }
}
