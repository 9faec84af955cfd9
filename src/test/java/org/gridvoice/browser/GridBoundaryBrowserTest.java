package org.gridvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.place.CommunityForm;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.place.GridForm;
import org.gridvoice.place.GridSummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.place.StreetForm;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator gives a new grid its boundary in the places screen (1280 px, Chinese): a file that
 * is not JSON and a file over the size limit are each refused in words and store nothing; a GeoJSON
 * FeatureCollection is then imported, the grid is marked as having a boundary, and the insight map draws it.
 */
@GridVoiceTest
class GridBoundaryBrowserTest {

    private static final String PASSWORD = "gridvoice-demo";

    @LocalServerPort int port;
    @Autowired PlaceService places;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @TempDir Path files;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    private GridSummary newGrid() {
        SignedInUser admin = people.admin();
        People.actAs(admin);
        try {
            var street = places.saveStreet(null, new StreetForm("边界浏览器街道" + System.nanoTime()));
            CommunitySummary community = places.saveCommunity(null, new CommunityForm(street.id(), "边界测试社区", null));
            return places.saveGrid(null, new GridForm(community.id(), "新划网格" + System.nanoTime() % 100_000, null));
        } finally {
            People.signOut();
        }
    }

    private long stored(GridSummary grid) {
        return jdbc.sql("SELECT COUNT(*) FROM place_grid_boundary WHERE grid_id = :g").param("g", grid.id()).query(Long.class).single();
    }

    private static void choose(Browser browser, Path file) {
        WebElement input = (WebElement) browser.js("""
                const up = document.getElementById('boundary-upload');
                return up.querySelector('input[type=file]') || up.shadowRoot.querySelector('input[type=file]');""");
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** The grids tab's grid (the other tabs keep theirs, hidden) scrolled until a row shows the text. */
    private static void waitForRow(Browser browser, String text) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(browser.js("""
                const grid = Array.from(document.querySelectorAll('vaadin-grid')).find(g => g.offsetParent !== null);
                if (!grid) return false;
                const shown = () => Array.from(grid.querySelectorAll('vaadin-grid-cell-content')).some(c => c.textContent.includes(arguments[0]));
                if (shown()) return true;
                grid.scrollToIndex(Math.max((grid.size || 1) - 1, 0));
                return shown();""", text)));
    }

    @Test
    void an_administrator_imports_a_boundary_after_a_malformed_and_an_oversized_file_are_refused() throws Exception {
        GridSummary grid = newGrid();
        Path malformed = Files.writeString(files.resolve("broken.geojson"), "{\"type\": \"Polygon\", \"coordinates\": [[[121.43, 31.20],");
        Path oversized = Files.writeString(files.resolve("huge.geojson"),
                "{\"type\":\"Polygon\",\"coordinates\":[[[121.43,31.20],[121.44,31.20],[121.44,31.21],[121.43,31.20]]]}"
                        + " ".repeat(300 * 1024));
        Path good = Files.writeString(files.resolve("grid.geojson"), """
                {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "新划网格"},
                  "geometry": {"type": "Polygon", "coordinates": [[[121.4301, 31.2001], [121.4349, 31.2001], [121.4352, 31.2024],
                    [121.4349, 31.2040], [121.4301, 31.2040], [121.4301, 31.2001]]]}}]}""");

        try (Browser desk = new Browser(port, "zh-CN")) {
            desk.signIn("admin@gridvoice.demo", PASSWORD);
            desk.open("admin/places");
            desk.click(desk.byText("vaadin-tab", "网格"));
            waitForRow(desk, grid.name());
            String name = grid.fullName();
            desk.click(desk.waitFor(org.openqa.selenium.By.cssSelector("vaadin-button[aria-label='为" + name + "导入 GeoJSON 边界']")));
            desk.waitForText("#boundary-help", "不超过 256 KB");

            choose(desk, malformed);
            desk.waitForText("#boundary-error", "文件不是 GeoJSON：无法按 JSON 读取。");
            assertThat(stored(grid)).isZero();
            desk.screenshot("boundary-01-malformed-1280");

            choose(desk, oversized);
            desk.waitForText("#boundary-error", "文件超过 256 KB。请简化边界（减少点数）后重试。");
            assertThat(stored(grid)).isZero();
            desk.screenshot("boundary-02-oversized-1280");

            choose(desk, good);
            desk.waitForText("vaadin-notification-card", "已导入" + name + "的边界。");
            String removeLabel = "删除" + name + "的边界";
            new WebDriverWait(desk.driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(desk.js("""
                    const remove = Array.from(document.querySelectorAll('vaadin-button')).find(b => b.getAttribute('aria-label') === arguments[0]);
                    return !!remove && remove.parentElement.textContent.includes('已导入');""", removeLabel)));
            desk.screenshot("boundary-03-imported-1280");

            // the insight map of the grid's community draws the new boundary, where it showed an empty state before
            desk.open("insight?community=" + grid.communityId());
            WebElement map = desk.waitFor(org.openqa.selenium.By.cssSelector("#grid-map-chart[data-ready='true']"));
            assertThat(map.getDomAttribute("data-regions")).as("the imported grid is drawn").isEqualTo("1");
            assertThat(desk.driver.findElements(org.openqa.selenium.By.id("grid-map-empty"))).allSatisfy(e -> assertThat(e.isDisplayed()).isFalse());
            desk.screenshot("boundary-04-on-the-map-1280");
        }
        assertThat(stored(grid)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT vertices FROM place_grid_boundary WHERE grid_id = :g").param("g", grid.id()).query(Integer.class).single())
                .isEqualTo(6);
    }
}
