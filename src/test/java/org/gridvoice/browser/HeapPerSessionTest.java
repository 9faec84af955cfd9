package org.gridvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issues 18 and 19: the heap an active visitor's Vaadin session costs on the production jar with
 * full pages: the proposal list of a consultation with 50 proposals, and a case whose timeline has
 * 100 steps. Starts the jar (build it first, see ops/reliability/README.md) against a fresh database
 * on the machine's MariaDB, opens {@code heap.sessions} (200) sessions on each page in one headless
 * Chromium (cookies deleted before each load: every load is a new HTTP session whose UI the server
 * builds and renders), and reads the live heap after full collections before and after each batch.
 * The warm-up sessions (opened first, on both pages) stay alive and are in the baseline. Writes
 * target/reliability/heap.md.
 */
@Tag("reliability")
class HeapPerSessionTest {

    private static final int SESSIONS = Integer.getInteger("heap.sessions", 200);
    private static final int WARM_UP = Integer.getInteger("heap.warm-up", 10);
    private static final long GOAL = 300 * 1024;
    private static final List<String> JVM = List.of("-Xms1g", "-Xmx1g", "-XX:+UseG1GC");

    /** What a page showed, for the message when it did not show its content in time. */
    private static final String STATE = """
            const g = document.querySelector('vaadin-grid');
            return JSON.stringify({path: location.pathname, gridSize: g && g.size, gridLoading: g && g.loading,
                gridLinks: g && g.querySelectorAll('vaadin-grid-cell-content a').length,
                timeline: document.querySelectorAll('#case-timeline li').length, chain: document.querySelectorAll('#case-chain-entries li').length,
                text: document.body.innerText.substring(0, 300)})""";

    private record Page(String name, String path, String shown) {
    }

    private record Row(Page page, int sessions, LiveHeap before, LiveHeap after, long uis, long httpSessions, Duration took) {

        long perSession() {
            return (after.usedBytes() - before.usedBytes()) / sessions;
        }

        long perSessionLive() {
            return (after.histogramBytes() - before.histogramBytes()) / sessions;
        }
    }

    @Test
    void an_active_visitor_session_on_a_full_page_holds_at_most_300_kb() throws Exception {
        Browser.requireChromium();
        Path out = Files.createDirectories(Path.of("target", "reliability"));
        Path jar = ProductionApp.jar();
        List<Row> rows = new ArrayList<>();
        try (ProductionApp app = ProductionApp.start(jar, "gridvoice_heap", JVM, out.resolve("heap-app.log"));
             Browser browser = new Browser(app.port, "zh-CN")) {
            FullPagesSeed seed;
            try (Connection db = app.database()) {
                seed = FullPagesSeed.into(db, 50, 100);
                FullPagesSeed.awaitSealed(db);
            }
            List<Page> pages = List.of(
                    new Page("Proposal list, " + seed.proposals() + " proposals", "consultations/" + seed.consultationId() + "/proposals", """
                            const g = document.querySelector('vaadin-grid');
                            return !!g && !g.loading && g.querySelectorAll('vaadin-grid-cell-content a').length >= 10"""),
                    new Page("Case page, " + seed.timelineSteps() + " timeline steps", "cases/" + seed.caseId(), """
                            return document.querySelectorAll('#case-timeline li').length === %d
                                && document.querySelectorAll('#case-chain-entries li').length >= %d""".formatted(seed.timelineSteps(), seed.timelineSteps() - 1)));
            for (int i = 0; i < WARM_UP; i++) {
                pages.forEach(page -> visit(browser, page));
            }
            LiveHeap before = LiveHeap.read(app);
            for (Page page : pages) {
                Instant start = Instant.now();
                for (int i = 0; i < SESSIONS; i++) {
                    visit(browser, page);
                }
                Duration took = Duration.between(start, Instant.now());
                LiveHeap after = LiveHeap.read(app);
                rows.add(new Row(page, SESSIONS, before, after, after.instancesOf("flow.component.UI") - before.instancesOf("flow.component.UI"),
                        after.instancesOf("catalina.session.StandardSession") - before.instancesOf("catalina.session.StandardSession"), took));
                before = after;
            }
            Files.writeString(out.resolve("heap.md"), report(rows, jar));
        }
        for (Row row : rows) {
            // every load was a session the server kept, with its UI, until the reading
            assertThat(row.uis()).as("UIs alive after %s", row.page().name()).isEqualTo(row.sessions());
            assertThat(row.perSession()).as("heap per session on the %s", row.page().name()).isLessThanOrEqualTo(GOAL);
        }
    }

    /** A new visitor: no cookie, so a new HTTP session; the page loads, the server builds its UI, and the view shows its content. */
    private static void visit(Browser browser, Page page) {
        browser.driver.manage().deleteAllCookies();
        browser.open(page.path());
        Predicate<Object> shown = d -> Boolean.TRUE.equals(browser.js(page.shown()));
        browser.waiting(Duration.ofSeconds(30)).withMessage(() -> page.name() + " not shown: " + browser.js(STATE)).until(shown::test);
    }

    private static String report(List<Row> rows, Path jar) {
        StringBuilder md = new StringBuilder("""
                # Heap per active Vaadin session (production jar, full pages)

                Measured by `HeapPerSessionTest` (ops/reliability/README.md, "Heap per session"): the production jar %s
                in its own JVM (%s), a fresh database on the machine's MariaDB with the demo data grown to full pages,
                one headless Chromium opening each session as a new visitor (cookies deleted; the page loaded until its
                content shows). Heap = used heap after three `jcmd GC.run` (`GC.heap_info`); live = the class histogram's
                total (`GC.class_histogram`, after its own full GC). Warm-up: %d sessions on each page, alive in the baseline.
                Session timeout 60 min; every session below was still alive at the reading (its UI counted).

                | Page | Sessions | Heap before | Heap after | Per session (heap) | Per session (live) | Goal | UIs alive (+) | HTTP sessions (+) | Time to open |
                |---|---|---|---|---|---|---|---|---|---|
                """.formatted(jar.getFileName(), String.join(" ", JVM), WARM_UP));
        for (Row r : rows) {
            md.append("| %s | %d | %s | %s | **%s** | %s | %s | %d | %d | %d s |%n".formatted(r.page().name(), r.sessions(),
                    mb(r.before().usedBytes()), mb(r.after().usedBytes()), kb(r.perSession()), kb(r.perSessionLive()), kb(GOAL),
                    r.uis(), r.httpSessions(), r.took().toSeconds()));
        }
        for (Row r : rows) {
            md.append("\n## Top retainers: ").append(r.page().name()).append("\n\nGrowth of the class histogram over the ")
                    .append(r.sessions()).append(" sessions (per session = growth / sessions).\n\n")
                    .append("| Class | Instances (+) | Bytes (+) | Per session |\n|---|---|---|---|\n");
            for (LiveHeap.Growth g : r.after().growthSince(r.before(), 25)) {
                md.append("| `%s` | %d | %s | %s |%n".formatted(g.className(), g.instances(), kb(g.bytes()), bytes(g.bytes() / r.sessions())));
            }
        }
        return md.toString();
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    private static String bytes(long bytes) {
        return bytes + " B";
    }
}
