package org.gridvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gridvoice.demo.DemoBoundaries;
import org.gridvoice.demo.DemoHistory;
import org.gridvoice.meeting.MeetingFixture;
import org.gridvoice.place.GridBoundaryService;
import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demand insight in a real Chromium (zh-CN): a community of its own with boundaries and a year of
 * history; its committee member opens the map at 1280 px and at 375 px, sees the parking hotspot in the
 * grid the history seeded, opens its figures, and creates a consultation draft from it that carries the
 * figures and links; the heat table's CSV, fetched over HTTP, recounts to the numbers on the screen.
 */
@GridVoiceTest
class InsightJourneyBrowserTest {

    @LocalServerPort int port;
    @Autowired MeetingFixture places;
    @Autowired DemoBoundaries boundaries;
    @Autowired DemoHistory history;
    @Autowired JourneyAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired GridBoundaryService geo;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @Test
    void the_committee_finds_the_parking_hotspot_on_the_map_and_puts_it_into_a_consultation_draft() throws Exception {
        long community = places.community()[0];
        boundaries.drawFor(community);
        DemoHistory.Seeded seeded = history.seed(community, LocalDate.now());
        String gridName = jdbc.sql("SELECT name FROM place_grid WHERE id = :g").param("g", seeded.hotspotGridId()).query(String.class).single();
        String category = jdbc.sql("SELECT name_zh FROM place_category WHERE id = :c").param("c", seeded.hotspotCategoryId())
                .query(String.class).single();
        String email = accounts.account("insight-committee-" + System.nanoTime() % 1_000_000, "洞察委员");
        jdbc.sql("UPDATE account_user SET language = 'zh-CN' WHERE email = :e").param("e", email).update();
        accounts.grant(email, "COMMITTEE", community);
        String key = seeded.hotspotGridId() + "-" + seeded.hotspotCategoryId();

        try (Browser browser = new Browser(port, "zh-CN")) {
            browser.signIn(email, JourneyAccounts.PASSWORD);
            browser.width(1280);
            browser.open("insight?community=" + community);
            browser.waitFor(By.id("hotspot-" + key));
            browser.waitForText("#insight-hotspot-table", gridName);
            browser.waitForText("#hotspot-" + key, category);
            WebElement chart = browser.waitFor(By.cssSelector("#grid-map-chart[data-ready='true']"));
            assertThat(chart.getDomAttribute("data-regions")).as("every grid of the community drawn").isEqualTo("2");
            browser.screenshot("insight-00-map-1280");

            // a click on the hotspot's grid on the map opens its figures
            clickGrid(browser, chart, seeded.hotspotGridId());
            browser.waitForText("#insight-figures-heading", gridName);
            browser.waitFor(By.cssSelector("#insight-figures-requests a[href^='insight/requests/']"));
            browser.screenshot("insight-01-figures-1280");
            for (String section : List.of("insight-heat-section", "insight-hotspot-section")) {
                browser.js("document.getElementById(arguments[0]).scrollIntoView()", section);
                browser.screenshot("insight-01-" + section + "-1280");
            }

            browser.width(375);
            browser.open("insight?community=" + community);
            browser.waitFor(By.id("hotspot-" + key));
            assertThat((Long) browser.js("return document.documentElement.scrollWidth")).as("no sideways scrolling at 375 px")
                    .isLessThanOrEqualTo(375L);
            browser.waitFor(By.cssSelector("#grid-map-chart[data-ready='true']"));
            browser.screenshot("insight-02-map-375");
            String count = (String) browser.js("""
                    const row = Array.from(document.querySelectorAll('#insight-hotspot-table tbody tr'))
                        .find(r => r.querySelector('th').textContent.startsWith(arguments[0]));
                    return row.querySelectorAll('td')[2].textContent;""", gridName);

            browser.click(browser.waitFor(By.id("hotspot-consultation-" + key)));
            browser.until(d -> d.getCurrentUrl().matches(".*/consultations/editor/\\d+.*"));
            long id = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*/consultations/editor/(\\d+).*", "$1"));
            browser.waitForVaadin();
            browser.screenshot("insight-03-draft-375");
            String description = jdbc.sql("SELECT description FROM consultation WHERE id = :id").param("id", id).query(String.class).single();
            assertThat(description).contains("当周诉求：" + count + " 条").contains(category).contains(gridName)
                    .contains("/insight/requests/");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM insight_agenda_request r JOIN insight_agenda_action a ON a.id = r.action_id "
                    + "WHERE a.target_kind = 'CONSULTATION' AND a.target_id = :id").param("id", id).query(Integer.class).single())
                    .isEqualTo(Math.min(Integer.parseInt(count), 50));

            browser.open("insight?community=" + community);
            browser.waitFor(By.id("insight-heat-table"));
            // the heat table's CSV, over HTTP with the link's own parameters, recounts to the table on the screen
            String href = (String) browser.js("return document.getElementById('insight-heat-csv').getAttribute('href')");
            String csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + href)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
            long onScreen = Long.parseLong(((String) browser.js("return document.getElementById('insight-heat-total').textContent"))
                    .replaceAll(".*[:：]\\s*", "").trim());
            assertThat(HeatCsv.total(csv)).isEqualTo(onScreen);
            @SuppressWarnings("unchecked")
            List<String> gridRow = (List<String>) browser.js("""
                    const row = Array.from(document.querySelectorAll('#insight-heat-table tbody tr'))
                        .find(r => r.querySelector('th').textContent.startsWith(arguments[0]));
                    return Array.from(row.querySelectorAll('td')).map(c => c.textContent);""", gridName);
            assertThat(HeatCsv.row(csv, gridName)).isEqualTo(gridRow);
            assertThat(Long.parseLong(gridRow.getLast())).as("the hotspot's grid has requests").isPositive();
        }
    }

    /** Clicks the middle of the grid's polygon (the mean of its outer ring's corners) where ECharts drew it. */
    private void clickGrid(Browser browser, WebElement chart, long gridId) {
        JsonNode features = new JsonMapper().readTree(geo.communityBoundaries(
                jdbc.sql("SELECT community_id FROM place_grid WHERE id = :g").param("g", gridId).query(Long.class).single())).path("features");
        double lon = 0;
        double lat = 0;
        int n = 0;
        for (JsonNode feature : features) {
            if (feature.path("properties").path("name").asString("").equals(String.valueOf(gridId))) {
                JsonNode geometry = feature.path("geometry");
                JsonNode ring = geometry.path("type").asString("").equals("MultiPolygon") ? geometry.path("coordinates").get(0).get(0)
                        : geometry.path("coordinates").get(0);
                for (JsonNode corner : ring) {
                    lon += corner.get(0).asDouble();
                    lat += corner.get(1).asDouble();
                    n++;
                }
            }
        }
        assertThat(n).as("the grid has a boundary").isPositive();
        @SuppressWarnings("unchecked")
        List<Number> pixel = (List<Number>) browser.js("return echarts.getInstanceByDom(arguments[0]).convertToPixel({geoIndex: 0}, "
                + "[arguments[1], arguments[2]])", chart, lon / n, lat / n);
        int width = chart.getRect().getWidth();
        int height = chart.getRect().getHeight();
        new Actions(browser.driver).moveToElement(chart, (int) Math.round(pixel.get(0).doubleValue() - width / 2.0),
                (int) Math.round(pixel.get(1).doubleValue() - height / 2.0)).click().perform();
    }

    /** The heat table's CSV: a header, one row per grid (id, community, grid, a count per category, the total), then the totals. */
    static final class HeatCsv {

        private static List<CSVRecord> rows(String csv) throws java.io.IOException {
            String body = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body)).getRecords();
        }

        /** Every grid's category cells added up again (not the file's own totals). */
        static long total(String csv) throws java.io.IOException {
            List<CSVRecord> rows = rows(csv);
            long sum = 0;
            for (CSVRecord row : rows.subList(0, rows.size() - 1)) {
                for (int i = 3; i < row.size() - 1; i++) {
                    sum += Long.parseLong(row.get(i));
                }
            }
            return sum;
        }

        /** The grid's counts and total, as the screen's row shows them after its header cell. */
        static List<String> row(String csv, String grid) throws java.io.IOException {
            return rows(csv).stream().filter(r -> r.get(2).equals(grid)).findFirst().map(r -> r.toList().subList(3, r.size()))
                    .orElseThrow();
        }
    }
}
