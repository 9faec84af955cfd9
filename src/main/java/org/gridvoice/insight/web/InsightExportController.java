package org.gridvoice.insight.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;
import org.gridvoice.insight.CategoryRef;
import org.gridvoice.insight.GridRef;
import org.gridvoice.insight.HeatTable;
import org.gridvoice.insight.Hotspot;
import org.gridvoice.insight.InsightQuery;
import org.gridvoice.insight.InsightScope;
import org.gridvoice.insight.InsightService;
import org.gridvoice.insight.Metric;
import org.gridvoice.insight.OfficeLoad;
import org.gridvoice.insight.PeriodKind;
import org.gridvoice.insight.Trend;
import org.gridvoice.insight.TrendBy;
import org.gridvoice.shared.i18n.Messages;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.shared.web.CsvCells;
import org.gridvoice.shared.web.CsvDownload;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public downloads of exactly what the insight screens show, as CSV (UTF-8 with a byte-order mark,
 * headers in the request's language, cells escaped by {@link CsvCells}) and as JSON (the very records
 * the screens draw): the heat table, a trend, the hotspot list and the duty load. Served under
 * {@code /open-data/insight/} beside the other open data, and under {@code /insight/export/}.
 * Parameters: {@code street} (required), {@code community}, {@code metric} (a {@link Metric} name),
 * {@code period} ({@code week} or {@code month}), {@code from} and {@code to} (ISO dates on period
 * starts, {@code to} exclusive), {@code category}; the trend also {@code by} ({@code grid} or
 * {@code category}) and {@code grid}. Bad parameters: 400 with the reason in plain text.
 */
@RestController
class InsightExportController {

    private final InsightService insight;
    private final Messages messages;

    InsightExportController(InsightService insight, Messages messages) {
        this.insight = insight;
        this.messages = messages;
    }

    // heat table -----------------------------------------------------------------------------------

    @GetMapping({"/open-data/insight/heat.json", "/insight/export/heat.json"})
    HeatTable heatJson(@RequestParam(required = false) String street, @RequestParam(required = false) String community,
                       @RequestParam(required = false) String metric, @RequestParam(required = false) String period,
                       @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                       @RequestParam(required = false) String category) {
        return insight.heatTable(query(street, community, metric, period, from, to, category));
    }

    @GetMapping({"/open-data/insight/heat.csv", "/insight/export/heat.csv"})
    void heatCsv(@RequestParam(required = false) String street, @RequestParam(required = false) String community,
                 @RequestParam(required = false) String metric, @RequestParam(required = false) String period,
                 @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                 @RequestParam(required = false) String category, Locale requested, HttpServletResponse response) throws IOException {
        HeatTable heat = insight.heatTable(query(street, community, metric, period, from, to, category));
        Locale locale = Messages.supported(requested);
        List<String> header = new ArrayList<>(List.of(t(locale, "grid_id"), t(locale, "community"), t(locale, "grid")));
        heat.categories().forEach(c -> header.add(name(c, locale)));
        header.add(t(locale, "total"));
        InsightQuery q = heat.query();
        try (Writer out = CsvDownload.open(response, "insight-heat-" + q.metric().name().toLowerCase(Locale.ROOT) + "-" + q.from() + "-"
                + q.to() + ".csv"); CSVPrinter csv = CsvCells.printer(out, header.toArray(String[]::new))) {
            for (int r = 0; r < heat.grids().size(); r++) {
                GridRef g = heat.grids().get(r);
                List<Object> cells = new ArrayList<>(List.of(g.id(), g.communityName(), g.name()));
                for (long count : heat.counts()[r]) {
                    cells.add(count);
                }
                cells.add(heat.rowTotals()[r]);
                CsvCells.record(csv, cells);
            }
            List<Object> totals = new ArrayList<>(List.of("", "", t(locale, "total")));
            for (long count : heat.columnTotals()) {
                totals.add(count);
            }
            totals.add(heat.total());
            CsvCells.record(csv, totals);
        }
    }

    // trend ----------------------------------------------------------------------------------------

    @GetMapping({"/open-data/insight/trend.json", "/insight/export/trend.json"})
    Trend trendJson(@RequestParam(required = false) String street, @RequestParam(required = false) String community,
                    @RequestParam(required = false) String metric, @RequestParam(required = false) String period,
                    @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                    @RequestParam(required = false) String category, @RequestParam(required = false) String by,
                    @RequestParam(required = false) String grid) {
        InsightQuery q = query(street, community, metric, period, from, to, category);
        return insight.trend(q.scope(), q.metric(), q.period(), q.from(), q.to(), by(by), id("grid", grid), q.categoryId());
    }

    /** One row per period, one column per line of the chart (the table beside it). */
    @GetMapping({"/open-data/insight/trend.csv", "/insight/export/trend.csv"})
    void trendCsv(@RequestParam(required = false) String street, @RequestParam(required = false) String community,
                  @RequestParam(required = false) String metric, @RequestParam(required = false) String period,
                  @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  @RequestParam(required = false) String category, @RequestParam(required = false) String by,
                  @RequestParam(required = false) String grid, Locale requested, HttpServletResponse response) throws IOException {
        Trend trend = trendJson(street, community, metric, period, from, to, category, by, grid);
        Locale locale = Messages.supported(requested);
        List<String> header = new ArrayList<>(List.of(t(locale, "period")));
        trend.series().forEach(s -> header.add(Messages.CHINESE.equals(locale) ? s.labelZh() : s.labelEn()));
        try (Writer out = CsvDownload.open(response, "insight-trend.csv"); CSVPrinter csv = CsvCells.printer(out, header.toArray(String[]::new))) {
            for (int i = 0; i < trend.periods().size(); i++) {
                List<Object> cells = new ArrayList<>(List.of(trend.periods().get(i).toString()));
                for (Trend.Series s : trend.series()) {
                    cells.add(s.counts()[i]);
                }
                CsvCells.record(csv, cells);
            }
        }
    }

    // hotspots -------------------------------------------------------------------------------------

    @GetMapping({"/open-data/insight/hotspots.json", "/insight/export/hotspots.json"})
    List<Hotspot> hotspotsJson(@RequestParam(required = false) String street, @RequestParam(required = false) String community) {
        return insight.hotspots(scope(street, community));
    }

    @GetMapping({"/open-data/insight/hotspots.csv", "/insight/export/hotspots.csv"})
    void hotspotsCsv(@RequestParam(required = false) String street, @RequestParam(required = false) String community,
                     Locale requested, HttpServletResponse response) throws IOException {
        List<Hotspot> hotspots = hotspotsJson(street, community);
        Locale locale = Messages.supported(requested);
        try (Writer out = CsvDownload.open(response, "insight-hotspots.csv"); CSVPrinter csv = CsvCells.printer(out,
                t(locale, "community"), t(locale, "grid_id"), t(locale, "grid"), t(locale, "category_id"), t(locale, "category"),
                t(locale, "from"), t(locale, "to"), t(locale, "count"), t(locale, "baseline"), t(locale, "baseline_weeks"),
                t(locale, "p_baseline"), t(locale, "last_year"), t(locale, "p_last_year"))) {
            for (Hotspot h : hotspots) {
                CsvCells.record(csv, h.grid().communityName(), h.grid().id(), h.grid().name(), h.category().id(), name(h.category(), locale),
                        h.from().toString(), h.to().toString(), h.count(), h.baseline(), h.baselineWeeks(), h.pBaseline(),
                        h.lastYearBaseline(), h.pLastYear());
            }
        }
    }

    // duty load ------------------------------------------------------------------------------------

    @GetMapping({"/open-data/insight/duty-load.json", "/insight/export/duty-load.json"})
    List<OfficeLoad> dutyJson(@RequestParam(required = false) String street) {
        return insight.dutyLoad(required("street", street));
    }

    @GetMapping({"/open-data/insight/duty-load.csv", "/insight/export/duty-load.csv"})
    void dutyCsv(@RequestParam(required = false) String street, Locale requested, HttpServletResponse response) throws IOException {
        List<OfficeLoad> load = dutyJson(street);
        Locale locale = Messages.supported(requested);
        try (Writer out = CsvDownload.open(response, "insight-duty-load.csv"); CSVPrinter csv = CsvCells.printer(out,
                t(locale, "office_id"), t(locale, "office"), t(locale, "kind"), t(locale, "leads"), t(locale, "co_handles"),
                t(locale, "open"), t(locale, "late"), t(locale, "escalated"), t(locale, "staff"), t(locale, "open_per_staff"))) {
            for (OfficeLoad o : load) {
                CsvCells.record(csv, o.officeId(), o.name(), messages.get(locale, "insight.office-kind." + o.kind().name()), o.leads(),
                        o.coHandles(), o.open(), o.late(), o.escalated(), o.staff(), o.openPerStaff());
            }
        }
    }

    // parameters -----------------------------------------------------------------------------------

    private InsightQuery query(String street, String community, String metric, String period, String from, String to, String category) {
        InsightQuery q = new InsightQuery(scope(street, community), named("metric", metric, Metric.class, "insight.error.metric"),
                named("period", period, PeriodKind.class, "insight.error.period"), date("from", from), date("to", to), id("category", category));
        insight.check(q); // refuses before the response is committed
        return q;
    }

    private static InsightScope scope(String street, String community) {
        return new InsightScope(required("street", street), id("community", community));
    }

    private static TrendBy by(String text) {
        return named("by", text, TrendBy.class, "insight.error.trend-by");
    }

    private static long required(String field, String text) {
        Long id = id(field, text);
        if (id == null) {
            throw InvalidInput.of(field, "insight.error." + field);
        }
        return id;
    }

    private static Long id(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            throw InvalidInput.of(field, "insight.error.value", field, shorten(text));
        }
    }

    private static <E extends Enum<E>> E named(String field, String text, Class<E> type, String missingKey) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of(field, missingKey);
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(text.strip().replace('-', '_'))) {
                return e;
            }
        }
        throw InvalidInput.of(field, "insight.error.value", field, shorten(text));
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of(field, "insight.error.date-missing");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            throw InvalidInput.of(field, "insight.error.date", shorten(text));
        }
    }

    private static String shorten(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }

    private String t(Locale locale, String column) {
        return messages.get(locale, "insight.csv." + column);
    }

    private static String name(CategoryRef c, Locale locale) {
        return Messages.CHINESE.equals(locale) ? c.nameZh() : c.nameEn();
    }

    // plain text whatever the client accepts: the message may repeat what was typed
    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<String> badRequest(InvalidInput refusal, Locale locale) {
        var problem = refusal.problems().getFirst();
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(messages.get(Messages.supported(locale), problem.messageKey(), problem.args()));
    }
}
