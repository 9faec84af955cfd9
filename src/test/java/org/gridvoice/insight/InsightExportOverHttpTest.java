package org.gridvoice.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The downloads over real HTTP without signing in: the heat table's CSV recounts to the screen's
 * figures with headers in the asked language, its JSON carries the same numbers, hotspots and duty
 * load download too, and a bad parameter is a 400 that says what is wrong.
 */
@GridVoiceTest
class InsightExportOverHttpTest {

    private static final LocalDate WEEK = LocalDate.of(2026, 11, 23);

    @LocalServerPort int port;
    @Autowired InsightFixture fixture;
    @Autowired InsightService insight;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept-Language", language).GET()
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void the_heat_table_downloads_as_csv_and_json_with_the_screens_numbers() throws Exception {
        InsightFixture.Place place = fixture.street();
        List<Long> categories = fixture.categories(2);
        fixture.requests(place.streetId(), place.grids().get(0), categories.get(0), WEEK.atTime(9, 0), 3);
        fixture.requests(place.streetId(), place.grids().get(1), categories.get(1), WEEK.atTime(9, 0), 2);
        String params = "?street=" + place.streetId() + "&metric=requests&period=week&from=" + WEEK + "&to=" + WEEK.plusWeeks(1);
        HeatTable screen = insight.heatTable(new InsightQuery(place.scope(), Metric.REQUESTS, PeriodKind.WEEK, WEEK, WEEK.plusWeeks(1), null));

        HttpResponse<String> csv = get("/insight/export/heat.csv" + params, "zh-CN");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new java.io.StringReader(csv.body().substring(1))).getRecords();
        assertThat(rows.getFirst().get(0)).isEqualTo("网格编号");
        assertThat(rows.getFirst().get(2)).isEqualTo("网格");
        assertThat(rows.getFirst().get(rows.getFirst().size() - 1)).isEqualTo("合计");
        assertThat(rows).hasSize(1 + 3 + 1); // header, three grids, totals
        for (int r = 0; r < 3; r++) {
            CSVRecord row = rows.get(1 + r);
            assertThat(Long.parseLong(row.get(0))).isEqualTo(screen.grids().get(r).id());
            for (int c = 0; c < screen.categories().size(); c++) {
                assertThat(Long.parseLong(row.get(3 + c))).isEqualTo(screen.counts()[r][c]);
            }
        }
        CSVRecord totals = rows.getLast();
        assertThat(Long.parseLong(totals.get(totals.size() - 1))).isEqualTo(5).isEqualTo(screen.total());

        HttpResponse<String> english = get("/open-data/insight/heat.csv" + params, "en");
        assertThat(english.body()).contains("Grid ID,Community,Grid");

        HttpResponse<String> json = get("/insight/export/heat.json" + params, "en");
        assertThat(json.statusCode()).isEqualTo(200);
        JsonNode body = new JsonMapper().readTree(json.body());
        assertThat(body.get("total").asLong()).isEqualTo(5);
        assertThat(body.get("grids")).hasSize(3);
        assertThat(body.get("query").get("from").asString()).isEqualTo(WEEK.toString());
    }

    @Test
    void hotspots_and_duty_load_download_too() throws Exception {
        InsightFixture.Place place = fixture.street();
        HttpResponse<String> hotspots = get("/insight/export/hotspots.csv?street=" + place.streetId(), "en");
        assertThat(hotspots.statusCode()).isEqualTo(200);
        assertThat(hotspots.body()).contains("Baseline (mean per week)");
        HttpResponse<String> duty = get("/insight/export/duty-load.csv?street=" + place.streetId(), "zh-CN");
        assertThat(duty.statusCode()).isEqualTo(200);
        assertThat(duty.body()).contains("人均在办工单").contains("洞察网格站").contains("网格站");
        HttpResponse<String> dutyJson = get("/open-data/insight/duty-load.json?street=" + place.streetId(), "en");
        assertThat(new JsonMapper().readTree(dutyJson.body())).hasSize(2);
        HttpResponse<String> trend = get("/insight/export/trend.csv?street=" + place.streetId()
                + "&metric=requests&period=month&from=2026-01-01&to=2026-04-01&by=category", "en");
        assertThat(trend.statusCode()).isEqualTo(200);
        assertThat(trend.body().lines().count()).isEqualTo(4); // header and three months
    }

    @Test
    void a_bad_parameter_is_a_400_that_says_why() throws Exception {
        InsightFixture.Place place = fixture.street();
        HttpResponse<String> notMonday = get("/insight/export/heat.csv?street=" + place.streetId()
                + "&metric=requests&period=week&from=2026-11-24&to=2026-12-01", "en");
        assertThat(notMonday.statusCode()).isEqualTo(400);
        assertThat(notMonday.body()).isEqualTo("2026-11-24 is not a Monday: weeks start on Monday.");
        HttpResponse<String> metric = get("/insight/export/heat.json?street=" + place.streetId()
                + "&metric=votes&period=week&from=2026-11-23&to=2026-11-30", "zh-CN");
        assertThat(metric.statusCode()).isEqualTo(400);
        assertThat(metric.body()).isEqualTo("“votes”不是 metric 的有效取值。");
        HttpResponse<String> noStreet = get("/insight/export/hotspots.csv", "en");
        assertThat(noStreet.statusCode()).isEqualTo(400);
        assertThat(noStreet.body()).isEqualTo("Choose a street that exists.");
    }
}
