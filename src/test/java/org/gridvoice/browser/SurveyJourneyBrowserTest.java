package org.gridvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gridvoice.meeting.MeetingFixture;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.survey.SurveyAudience;
import org.gridvoice.survey.SurveyFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A survey in a real Chromium: the committee builds six questions, one of every type (moving one with the
 * keyboard-reachable buttons), previews and publishes it; three verified residents answer (one at 375 px, who
 * first forgets a required question), staff type in an anonymous paper form; the committee shows one free-text
 * answer and hides another, and closes the survey. The public results page and its CSV, fetched over HTTP,
 * agree on every count, read in Chinese and then in English.
 */
@GridVoiceTest
class SurveyJourneyBrowserTest {

    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @LocalServerPort int port;
    @Autowired MeetingFixture places;
    @Autowired JourneyAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired SurveyFixture surveys;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @Test
    void a_survey_of_every_question_type_is_built_answered_moderated_and_its_results_agree_with_its_csv() throws Exception {
        long[] place = places.community();
        String committee = account("survey-committee", "问卷委员", "zh-CN");
        accounts.grant(committee, "COMMITTEE", place[0]);
        String first = resident("survey-r1", place[1], "zh-CN");
        String second = resident("survey-r2", place[1], "zh-CN");
        String third = resident("survey-r3", place[2], "en");
        String title = "楼道环境问卷 " + System.nanoTime() % 1_000_000;
        long id;

        try (Browser browser = new Browser(port, "zh-CN")) {
            // 1. the committee builds the survey: six questions, one of every type
            browser.signIn(committee, JourneyAccounts.PASSWORD);
            browser.width(1280);
            browser.navigate("surveys");
            browser.click(browser.waitFor(By.id("survey-new")));
            browser.until(d -> d.getCurrentUrl().endsWith("/surveys/new"));
            browser.waitFor(By.id("survey-editor-q-1"));
            // saved empty: the refusals stand next to the fields they concern, and nothing is stored
            long before = jdbc.sql("SELECT COUNT(*) FROM survey").query(Long.class).single();
            browser.click(browser.waitFor(By.id("survey-save")));
            browser.until(d -> "此项为必填。".equals(browser.js("return arguments[0].errorMessage", browser.field("vaadin-text-field", "标题"))));
            assertThat(browser.js("return arguments[0].invalid", inQuestion(browser, 1, "vaadin-text-field"))).isEqualTo(true);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM survey").query(Long.class).single()).isEqualTo(before);
            browser.screenshot("survey-00-editor-refused-1280");
            browser.type(browser.field("vaadin-text-field", "标题"), title);
            browser.type(browser.field("vaadin-text-area", "说明"), "请花 **两分钟** 作答。");
            String opens = LocalDateTime.now().minusMinutes(5).truncatedTo(ChronoUnit.MINUTES).format(PICKER);
            WebElement opensAt = browser.field("vaadin-date-time-picker", "开始时间");
            browser.js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new CustomEvent('change', {bubbles: true}));",
                    opensAt, opens);
            browser.until(d -> opens.equals(browser.js("return arguments[0].value", opensAt)));
            browser.type(browser.field("vaadin-text-field", "本节标题"), "基本情况");
            question(browser, 1, "单选", "你住在这里多久了？", true, "不到一年\n一到五年\n五年以上", null, null);
            addQuestion(browser, 2);
            question(browser, 2, "多选", "最关心哪些问题？", false, "停车\n绿化\n卫生\n安全", null, 2);
            addQuestion(browser, 3);
            question(browser, 3, "1–5 分量表", "对楼道卫生满意吗？", false, "很不满意\n很满意", null, null);
            addQuestion(browser, 4);
            question(browser, 4, "简答", "一句话建议", false, null, null, null);
            addQuestion(browser, 5);
            question(browser, 5, "矩阵（多行共用一个量表）", "请为以下方面打分", true, "差\n中\n好", "保洁\n保安", null);
            addQuestion(browser, 6);
            question(browser, 6, "详答", "其他意见", false, null, null, null);
            // the long text goes before the matrix: moved up with its button, which keeps the focus
            browser.click(inQuestion(browser, 6, "vaadin-button[aria-label='上移第 6 题']"));
            browser.until(d -> "其他意见".equals(browser.js(
                    "return document.querySelector('#survey-editor-q-5 vaadin-text-field').value")));
            assertThat(browser.js("return document.activeElement?.getAttribute('aria-label')")).isEqualTo("上移第 5 题");
            browser.screenshot("survey-01-editor-1280");
            browser.width(375);
            browser.screenshot("survey-01-editor-375");
            assertThat((Long) browser.js("return document.documentElement.scrollWidth")).as("editor fits 375 px").isLessThanOrEqualTo(375L);
            browser.width(1280);

            browser.click(browser.waitFor(By.id("survey-save")));
            browser.waitForText("vaadin-notification-card", "草稿已保存。");
            browser.until(d -> d.getCurrentUrl().matches(".*/surveys/\\d+/edit$"));
            id = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*/surveys/(\\d+)/edit$", "$1"));

            // 2. the preview: the survey as respondents see it, marked, and not sendable
            browser.click(browser.waitFor(By.id("survey-preview")));
            browser.until(d -> d.getCurrentUrl().endsWith("/surveys/" + id));
            browser.waitFor(By.id("survey-preview-banner"));
            assertThat(browser.js("return document.querySelectorAll('#survey-answer .gv-survey-question').length")).isEqualTo(6L);
            assertThat(browser.js("return document.querySelector('vaadin-text-area#survey-q-5') !== null")).isEqualTo(true);
            browser.screenshot("survey-02-preview-1280");

            // 3. published after a confirmation
            browser.click(browser.waitFor(By.id("survey-edit")));
            browser.click(browser.waitFor(By.id("survey-publish")));
            browser.click(browser.byText("vaadin-button[slot='confirm-button']", "发布"));
            browser.waitForText("vaadin-notification-card", "问卷已发布。");
            browser.until(d -> d.getCurrentUrl().endsWith("/surveys/" + id));
            browser.waitForText("#survey-page", "进行中");
            browser.waitForText("#survey-publish-note", "问卷截止后，居委会将在此公布结果。");
            browser.screenshot("survey-03-published-1280");
            browser.signOut();

            // 4. three residents answer; the second on a phone, who first leaves the required matrix empty
            answer(browser, first, id, 1280, "一到五年", List.of("停车", "绿化"), "4", "多装路灯", "楼道需要粉刷", "好", "中");
            browser.navigate("surveys");
            browser.waitForGridText("已填写");
            browser.screenshot("survey-04-list-1280");
            browser.signOut();

            browser.signIn(second, JourneyAccounts.PASSWORD);
            browser.width(375);
            browser.navigate("surveys/" + id);
            browser.clickRadio("五年以上");
            browser.click(browser.waitFor(By.id("survey-submit")));
            browser.waitForText("#survey-q-6 .gv-survey-error", "请回答这道题。");
            browser.screenshot("survey-04-required-375");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = :s").param("s", id).query(Long.class).single())
                    .as("nothing stored").isEqualTo(1L);
            fill(browser, null, List.of("停车"), "5 很满意", "增加停车位", null, "中", "中");
            assertThat((Long) browser.js("return document.documentElement.scrollWidth")).as("the form fits 375 px").isLessThanOrEqualTo(375L);
            browser.screenshot("survey-04-form-375");
            browser.click(browser.waitFor(By.id("survey-submit")));
            browser.waitFor(By.id("survey-thanks"));
            browser.navigate("surveys");
            browser.waitForGridText("已填写");
            browser.screenshot("survey-04-list-375");
            browser.signOut();

            answer(browser, third, id, 1280, "一到五年", List.of("卫生", "安全"), "2", null, null, "差", "好");
            // before the close a resident reads why there are no results yet (this resident reads English)
            browser.navigate("surveys/" + id + "/results");
            browser.waitForText("#survey-results-why", "The results are published when the survey closes.");
            assertThat(browser.driver.findElements(By.id("survey-result-1-table"))).isEmpty();
            browser.signOut();

            // 5. the committee types in an anonymous paper form, then moderates the short answers
            browser.signIn(committee, JourneyAccounts.PASSWORD);
            browser.width(1280);
            browser.navigate("surveys/" + id);
            browser.click(browser.waitFor(By.id("survey-paper-link")));
            browser.waitFor(By.id("survey-paper-submit"));
            fill(browser, "不到一年", List.of(), null, null, null, "好", "好");
            browser.screenshot("survey-05-paper-1280");
            browser.click(browser.waitFor(By.id("survey-paper-submit")));
            browser.waitForText("#survey-paper-count", "1");
            browser.navigate("surveys/" + id + "/results");
            browser.waitFor(By.id("survey-result-4-moderation"));
            browser.js("document.getElementById('survey-result-4').scrollIntoView()");
            browser.waitForText("#survey-result-4-moderation vaadin-grid-cell-content", "增加停车位");
            browser.screenshot("survey-05-moderation-1280");
            browser.click(browser.waitFor(By.cssSelector("vaadin-button[aria-label='公开回答“多装路灯”']")));
            gone(browser, "公开回答“多装路灯”");
            browser.click(browser.waitFor(By.cssSelector("vaadin-button[aria-label='隐藏回答“增加停车位”']")));
            gone(browser, "隐藏回答“增加停车位”");
            browser.navigate("surveys/" + id + "/results");
            browser.waitForText("#survey-result-4-texts", "文字回答 2 条，经审核公开 1 条。");
            browser.screenshot("survey-05-results-committee-1280");
            browser.navigate("surveys/" + id);
            browser.click(browser.waitFor(By.id("survey-close-now")));
            browser.click(browser.byText("vaadin-button[slot='confirm-button']", "立即截止"));
            browser.waitForText("#survey-page", "已截止");
            browser.signOut();

            // 6. everyone reads the published results; the CSV over HTTP counts the same
            browser.open("surveys/" + id + "/results");
            browser.waitFor(By.id("survey-result-6-table"));
            browser.waitForText("#survey-results-total", "答卷：4 份");
            String csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/surveys/" + id
                    + "/responses.csv")).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
            List<CSVRecord> rows = csvRows(csv);
            assertThat(rows).hasSize(4);
            checkResults(browser, rows, "zh-CN");
            assertThat(browser.js("return document.getElementById('survey-result-3-mean').textContent")).isEqualTo("平均分：3.67");
            browser.screenshot("survey-06-results-1280");
            browser.js("document.getElementById('survey-result-6').scrollIntoView()");
            browser.screenshot("survey-06-results-matrix-1280");
            browser.width(375);
            assertThat((Long) browser.js("return document.documentElement.scrollWidth")).as("results fit 375 px").isLessThanOrEqualTo(375L);
            browser.screenshot("survey-06-results-375");
            browser.js("document.getElementById('survey-result-6').scrollIntoView()");
            browser.screenshot("survey-06-results-matrix-375");
            browser.width(1280);
            assertThat(String.join("|", rows.stream().map(r -> r.get(column(rows, "Q4 "))).toList())).as("shown free text only")
                    .contains("多装路灯").doesNotContain("增加停车位");

            LanguagePicker.use(browser, "en");
            browser.waitForText("#survey-results-total", "Responses: 4");
            checkResults(browser, rows, "en");
            assertThat(browser.js("return document.getElementById('survey-result-3-mean').textContent")).isEqualTo("Mean: 3.67");
            browser.screenshot("survey-07-results-en-1280");
        }
    }

    @Test
    void an_anonymous_link_survey_takes_one_response_per_browser_and_says_that_this_is_weak() throws Exception {
        Long id = surveys.open(SurveyAudience.LINK_ANONYMOUS, false);
        String token = surveys.token(id);
        try (Browser browser = new Browser(port, "zh-CN")) {
            // reached by a link inside the app: the page loads itself once, so that the key is set and read
            browser.open("surveys");
            browser.width(375);
            browser.navigate("surveys/link/" + token);
            var cookie = browser.until(d -> d.manage().getCookieNamed("gv-survey-key"));
            browser.waitForVaadin();
            browser.waitForText("#survey-weak-note", "这个限制很弱");
            browser.waitForText("#survey-publish-note", "结果仅供居委会使用，不会公布。");
            assertThat(cookie.getPath()).isEqualTo("/surveys");
            assertThat(cookie.getSameSite()).isEqualTo("Lax");
            assertThat(cookie.getValue()).matches("[A-Za-z0-9_-]{43}");
            fill(browser, "一到五年", List.of(), null, null, null, "好", "中");
            browser.click(browser.waitFor(By.id("survey-submit")));
            browser.waitFor(By.id("survey-thanks"));
            assertThat(surveys.responses(id)).isEqualTo(1L);
            browser.screenshot("survey-08-anonymous-thanks-375");

            browser.open("surveys/link/" + token);
            browser.waitForText("#survey-state", "本浏览器已经填写过这份问卷");
            assertThat(browser.driver.findElements(By.id("survey-submit"))).isEmpty();
            browser.open("surveys/link/not-" + token);
            browser.waitForText("main h2", "找不到问卷");
        }
    }

    @Test
    void a_known_residents_paper_form_goes_through_staff_entry_and_counts_once_she_attests_it() throws Exception {
        Long id = surveys.open(SurveyAudience.RESIDENTS, true);
        String title = jdbc.sql("SELECT title FROM survey WHERE id = :s").param("s", id).query(String.class).single();
        String unique = Long.toString(System.nanoTime() % 100_000_000L);
        String phone = "137" + String.format("%08d", Long.parseLong(unique));
        String grid = jdbc.sql("SELECT CONCAT(c.name, ' · ', g.name) FROM place_grid g JOIN place_community c ON c.id = g.community_id"
                + " WHERE g.id = 1").query(String.class).single();
        try (Browser desk = new Browser(port, "zh-CN")) {
            desk.signIn("committee@gridvoice.demo", "gridvoice-demo");
            desk.width(375);
            StaffDeskSteps.registerResident(desk, "问卷奶奶" + unique.substring(0, 4), grid, "6号楼", "1单元", "301", phone);
            desk.pick(desk.field("vaadin-select", "代录内容"), "纸质问卷");
            desk.pick(desk.waitFor(By.id("survey-entry-survey")), title);
            desk.waitFor(By.id("survey-q-6"));
            fill(desk, "五年以上", List.of("绿化"), null, null, null, "中", "好");
            desk.screenshot("survey-09-staff-entry-375");
            assertThat((Long) desk.js("return document.documentElement.scrollWidth")).as("fits 375 px").isLessThanOrEqualTo(375L);
            desk.click(desk.byText("vaadin-button", "代居民录入"));
            desk.until(d -> d.getCurrentUrl().matches(".*staff/entries/\\d+$"));
            desk.waitForText("main", "待居民确认");
            assertThat(surveys.responses(id)).as("not counted before she attests").isZero();
            StaffDeskSteps.attestByReadBack(desk, jdbc, phone);
            assertThat(jdbc.sql("SELECT channel FROM survey_response WHERE survey_id = :s").param("s", id).query(String.class).list())
                    .containsExactly("PAPER_ATTESTED");
        }
    }

    @Test
    void the_survey_screens_have_no_serious_accessibility_problems_in_either_language_or_width() throws Exception {
        Long demo = jdbc.sql("SELECT id FROM survey WHERE title = '幸福里社区环境满意度调查'").query(Long.class).single();
        List<String> violations = new ArrayList<>();
        try (Browser browser = new Browser(port, "zh-CN")) {
            browser.signIn("committee@gridvoice.demo", "gridvoice-demo");
            for (String language : List.of("zh-CN", "en")) {
                int width = language.equals("zh-CN") ? 1280 : 375;
                browser.width(1280);
                LanguagePicker.use(browser, language);
                browser.width(width);
                for (String route : List.of("surveys", "surveys/new", "surveys/" + demo, "surveys/" + demo + "/results",
                        "surveys/" + demo + "/paper")) {
                    browser.navigate(route);
                    violations.addAll(Axe.violations(browser, "committee /%s [%s, %d px]".formatted(route, language, width)));
                }
            }
        } finally {
            LanguagePicker.demoAccountsBackToChinese(jdbc);
        }
        try (Browser visitor = new Browser(port, "en")) {
            visitor.open("surveys");
            visitor.width(375);
            for (String route : List.of("surveys", "surveys/" + demo, "surveys/" + demo + "/results")) {
                visitor.navigate(route);
                violations.addAll(Axe.violations(visitor, "visitor /%s [en, 375 px]".formatted(route)));
            }
        }
        assertThat(violations).as("serious or critical axe-core violations").isEmpty();
    }

    /** Compares every question's table on the screen with the counts the CSV's rows give. */
    private void checkResults(Browser browser, List<CSVRecord> rows, String language) {
        Map<String, Integer> q1 = counts(rows, column(rows, "Q1 "), false);
        assertThat(table(browser, 1)).as(language).containsExactlyEntriesOf(withZeros(List.of("不到一年", "一到五年", "五年以上"), q1));
        assertThat(table(browser, 1)).containsExactlyEntriesOf(ordered(Map.of("不到一年", 1, "一到五年", 2, "五年以上", 1),
                List.of("不到一年", "一到五年", "五年以上")));
        Map<String, Integer> q2 = counts(rows, column(rows, "Q2 "), true);
        assertThat(table(browser, 2)).containsExactlyEntriesOf(withZeros(List.of("停车", "绿化", "卫生", "安全"), q2));
        assertThat(q2).containsEntry("停车", 2);
        Map<String, Integer> q3 = counts(rows, column(rows, "Q3 "), false);
        Map<String, Integer> scale = table(browser, 3);
        assertThat(scale.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
        for (String value : List.of("2", "4", "5")) {
            assertThat(scale.entrySet().stream().filter(e -> e.getKey().startsWith(value)).findFirst().orElseThrow().getValue())
                    .as("scale " + value).isEqualTo(q3.getOrDefault(value, 0)).isEqualTo(1);
        }
        // the matrix: the CSV has a column per row (保洁, 保安)
        Map<String, List<Integer>> matrix = matrixTable(browser, 6);
        for (String row : List.of("保洁", "保安")) {
            Map<String, Integer> column = counts(rows, column(rows, "Q6 ", ": " + row), false);
            List<Integer> expected = List.of("差", "中", "好").stream().map(c -> column.getOrDefault(c, 0)).toList();
            assertThat(matrix.get(row)).as("matrix row " + row).isEqualTo(expected);
        }
        assertThat(matrix.get("保洁")).isEqualTo(List.of(1, 1, 2));
        assertThat(matrix.get("保安")).isEqualTo(List.of(0, 2, 2));
        @SuppressWarnings("unchecked")
        List<String> channels = (List<String>) browser.js("""
                return Array.from(document.querySelectorAll('#survey-results-channels tbody td')).map(c => c.textContent.trim());""");
        assertThat(channels).as("online, online without account, attested paper, anonymous paper").containsExactly("3", "0", "0", "1");
        assertThat(counts(rows, 1, false).values()).containsExactlyInAnyOrder(3, 1);
        for (int question : List.of(4, 5)) {
            List<String> inCsv = rows.stream().map(r -> r.get(column(rows, "Q" + question + " ")).strip()).filter(t -> !t.isEmpty()).toList();
            assertThat(shownTexts(browser, question)).as(language + ": the texts of Q" + question + " on the page are those of the CSV")
                    .containsExactlyInAnyOrderElementsOf(inCsv);
        }
        for (int question : List.of(1, 2, 3, 6)) {
            assertThat(chartFigures(browser, question)).as(language + ": the chart of Q" + question + " draws its table's figures beside it")
                    .isEqualTo(tableFigures(browser, question));
        }
    }

    /**
     * What the question's ECharts chart draws, once it has drawn: its figures in the table's order (a matrix row by row),
     * or a note of what is wrong (no chart, not drawn, not beside its table).
     */
    @SuppressWarnings("unchecked")
    private static List<Object> chartFigures(Browser browser, int number) {
        for (int tries = 0; tries < 50; tries++) {
            Object figures = browser.js("""
                    const el = document.getElementById('survey-result-' + arguments[0] + '-chart');
                    const table = document.getElementById('survey-result-' + arguments[0] + '-table');
                    if (!el) return 'no chart';
                    if (!table || el.parentElement !== table.closest('.gv-survey-result-body')) return 'not beside its table';
                    const chart = window.echarts && echarts.getInstanceByDom(el);
                    if (!chart || !el.querySelector('svg path')) return 'not drawn';
                    const series = chart.getOption().series;
                    const rows = series[0].data.length;
                    const figures = [];
                    for (let r = 0; r < rows; r++) {
                      for (const s of series) { const d = s.data[r]; figures.push(Number(d && typeof d === 'object' ? d.value : d)); }
                    }
                    return figures;""", number);
            if (figures instanceof List<?> list) {
                return (List<Object>) list;
            }
            if (tries == 49) {
                return List.of(figures);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException();
    }

    /** The answers a text question's public list shows (its grid holds one row per answer; their text cells, once loaded). */
    @SuppressWarnings("unchecked")
    private static List<String> shownTexts(Browser browser, int number) {
        String script = """
                const grid = document.getElementById('survey-result-' + arguments[0] + '-shown');
                if (!grid || grid.loading) return null;
                const texts = [];
                for (const row of grid.shadowRoot.querySelectorAll('tbody#items tr')) {
                  if (row.hidden || row.index === undefined || row.index >= grid.size) continue;
                  const slot = row.querySelector('td slot');
                  const cell = slot && grid.querySelector('vaadin-grid-cell-content[slot="' + slot.name + '"]');
                  if (cell) texts.push(cell.textContent.trim());
                }
                return texts.length === grid.size ? texts : null;""";
        for (int tries = 0; tries < 50; tries++) {
            Object texts = browser.js(script, number);
            if (texts instanceof List<?> list) {
                return (List<String>) list;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the texts of Q" + number + " did not load");
    }

    /** The question's table's counts, row by row (a choice table's count column; every column of a matrix). */
    @SuppressWarnings("unchecked")
    private static List<Object> tableFigures(Browser browser, int number) {
        List<Object> figures = (List<Object>) browser.js("""
                const matrix = arguments[0] === 6;
                return Array.from(document.querySelectorAll('#survey-result-' + arguments[0] + '-table tbody tr'))
                  .flatMap(r => (matrix ? Array.from(r.querySelectorAll('td')) : [r.querySelector('td')]).map(c => Number(c.textContent.trim())));""",
                number);
        return figures.stream().map(f -> (Object) ((Number) f).longValue()).toList();
    }

    /** The CSV column whose header starts (and ends) so. */
    private static int column(List<CSVRecord> rows, String start, String... end) {
        List<String> headers = rows.getFirst().getParser().getHeaderNames();
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).startsWith(start) && (end.length == 0 || headers.get(i).endsWith(end[0]))) {
                return i;
            }
        }
        throw new AssertionError("no column " + start + " in " + headers);
    }

    private static Map<String, Integer> ordered(Map<String, Integer> counts, List<String> order) {
        Map<String, Integer> result = new LinkedHashMap<>();
        order.forEach(o -> result.put(o, counts.getOrDefault(o, 0)));
        return result;
    }

    private static Map<String, Integer> withZeros(List<String> order, Map<String, Integer> counts) {
        return ordered(counts, order);
    }

    /** How often each value appears in the column (multiple choice: its picks joined with "; "). */
    private static Map<String, Integer> counts(List<CSVRecord> rows, int column, boolean multiple) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (CSVRecord row : rows) {
            String value = row.get(column).strip();
            if (value.isEmpty()) {
                continue;
            }
            for (String part : multiple ? Arrays.asList(value.split(";\\s*")) : List.of(value)) {
                counts.merge(part.strip(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static List<CSVRecord> csvRows(String csv) throws java.io.IOException {
        String body = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body)).getRecords();
    }

    /** A choice or scale question's table on the screen: the row header and its count. */
    @SuppressWarnings("unchecked")
    private static Map<String, Integer> table(Browser browser, int number) {
        List<List<String>> rows = (List<List<String>>) browser.js("""
                return Array.from(document.querySelectorAll('#survey-result-' + arguments[0] + '-table tbody tr'))
                    .map(r => [r.querySelector('th').textContent.trim(), r.querySelector('td').textContent.trim()]);""", number);
        Map<String, Integer> counts = new LinkedHashMap<>();
        rows.forEach(r -> counts.put(r.get(0), Integer.parseInt(r.get(1))));
        return counts;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<Integer>> matrixTable(Browser browser, int number) {
        List<List<String>> rows = (List<List<String>>) browser.js("""
                return Array.from(document.querySelectorAll('#survey-result-' + arguments[0] + '-table tbody tr'))
                    .map(r => [r.querySelector('th').textContent.trim()].concat(Array.from(r.querySelectorAll('td')).map(c => c.textContent.trim())));""",
                number);
        Map<String, List<Integer>> result = new LinkedHashMap<>();
        rows.forEach(r -> result.put(r.getFirst(), r.subList(1, r.size()).stream().map(Integer::parseInt).toList()));
        return result;
    }

    private void answer(Browser browser, String email, long id, int width, String single, List<String> picks, String scale, String shortText,
                        String longText, String cleaning, String security) throws Exception {
        browser.signIn(email, JourneyAccounts.PASSWORD);
        browser.width(width);
        browser.navigate("surveys/" + id);
        browser.waitFor(By.id("survey-submit"));
        fill(browser, single, picks, scale, shortText, longText, cleaning, security);
        browser.click(browser.waitFor(By.id("survey-submit")));
        browser.waitFor(By.id("survey-thanks"));
    }

    /** Fills the form of the page: nulls are left empty. */
    private void fill(Browser browser, String single, List<String> picks, String scale, String shortText, String longText,
                      String cleaning, String security) {
        if (single != null) {
            browser.clickRadio(single);
        }
        for (String pick : picks) {
            WebElement box = browser.byText("vaadin-checkbox", pick);
            browser.click((WebElement) browser.js("return arguments[0].querySelector('label')", box));
            browser.until(d -> Boolean.TRUE.equals(browser.js("return arguments[0].checked", box)));
        }
        if (scale != null) {
            browser.clickRadio(scale);
        }
        if (shortText != null) {
            browser.type((WebElement) browser.js("return document.querySelector('#survey-q-4')"), shortText);
        }
        if (longText != null) {
            browser.type((WebElement) browser.js("return document.querySelector('#survey-q-5')"), longText);
        }
        for (String[] row : List.of(new String[] {"保洁", cleaning}, new String[] {"保安", security})) {
            WebElement radio = (WebElement) browser.js("return document.querySelector(\"#survey-q-6 input[aria-label='\" + arguments[0] + \"']\")",
                    row[0] + ": " + row[1]);
            browser.click(radio);
            browser.until(d -> Boolean.TRUE.equals(browser.js("return arguments[0].checked", radio)));
        }
        browser.waitForVaadin();
    }

    /** Waits until no button with this name is shown: the answer left the list of waiting ones. */
    private static void gone(Browser browser, String label) {
        browser.until(d -> Boolean.TRUE.equals(browser.js("return Array.from(document.querySelectorAll('vaadin-button'))"
                + ".every(b => b.getAttribute('aria-label') !== arguments[0] || b.getClientRects().length === 0)", label)));
    }

    private void addQuestion(Browser browser, int number) {
        browser.click(browser.byText("vaadin-button", "添加题目"));
        browser.waitFor(By.id("survey-editor-q-" + number));
    }

    private WebElement inQuestion(Browser browser, int number, String css) {
        return browser.until(d -> (WebElement) browser.js("return document.querySelector('#survey-editor-q-' + arguments[0] + ' ' + arguments[1])",
                number, css));
    }

    private void question(Browser browser, int number, String type, String text, boolean required, String options, String rows, Integer max) {
        browser.pick(inQuestion(browser, number, "vaadin-select"), type);
        browser.type(inQuestion(browser, number, "vaadin-text-field"), text);
        if (required) {
            WebElement box = inQuestion(browser, number, "vaadin-checkbox");
            browser.click((WebElement) browser.js("return arguments[0].querySelector('label')", box));
            browser.until(d -> Boolean.TRUE.equals(browser.js("return arguments[0].checked", box)));
        }
        if (options != null) {
            browser.type(inQuestion(browser, number, "vaadin-text-area:not([hidden])"), options);
        }
        if (rows != null) {
            List<WebElement> areas = new ArrayList<>(browser.driver.findElements(By.cssSelector("#survey-editor-q-" + number + " vaadin-text-area")));
            browser.type(areas.get(1), rows);
        }
        if (max != null) {
            browser.type(inQuestion(browser, number, "vaadin-integer-field"), String.valueOf(max));
        }
    }

    private String account(String name, String displayName, String language) {
        String email = accounts.account(name + "-" + System.nanoTime() % 1_000_000, displayName);
        jdbc.sql("UPDATE account_user SET language = :l WHERE email = :e").param("l", language).param("e", email).update();
        return email;
    }

    private String resident(String name, long grid, String language) {
        String email = account(name, "居民" + name.substring(name.length() - 1), language);
        accounts.resideIn(email, grid);
        return email;
    }
}
