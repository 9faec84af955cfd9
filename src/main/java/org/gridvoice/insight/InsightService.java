package org.gridvoice.insight;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridvoice.insight.domain.DemandQueries;
import org.gridvoice.insight.domain.DemandQueries.Cell;
import org.gridvoice.insight.domain.DemandQueries.OfficeRow;
import org.gridvoice.insight.domain.DemandQueries.Point;
import org.gridvoice.insight.domain.DemandQueries.WindowSums;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public read side of demand insight (no sign-in needed: the counts are of public rows and name
 * nobody). Counts come from the exact rollup {@code insight_demand} (V53), kept by triggers in the
 * writing transactions; every read is a fixed handful of statements whatever the size of the street.
 * Bad input is refused with {@link InvalidInput} and an {@code insight.error.*} key.
 */
@Service
@Transactional(readOnly = true)
public class InsightService {

    /** The longest range a table, trend or download covers: three years and a period of slack. */
    public static final int MAX_DAYS = 3 * 366 + 31;
    /** The most map points or request ids one call returns. */
    public static final int MAX_LIMIT = 5000;

    private final DemandQueries queries;
    private final Clock clock;

    InsightService(DemandQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** Grids × categories of the query's metric; one category when the query names one. */
    public HeatTable heatTable(InsightQuery query) {
        checkShape(query);
        // the grids and categories read prove the place and category exist: a second look only when they are empty
        List<GridRef> grids = queries.grids(query.scope());
        if (grids.isEmpty()) {
            checkScope(query.scope());
        }
        List<CategoryRef> categories = queries.categories(query.categoryId());
        if (categories.isEmpty() && query.categoryId() != null) {
            throw InvalidInput.of("category", "insight.error.category");
        }
        Map<Long, Integer> row = index(grids.stream().map(GridRef::id).toList());
        Map<Long, Integer> column = index(categories.stream().map(CategoryRef::id).toList());
        long[][] counts = new long[grids.size()][categories.size()];
        long[] rowTotals = new long[grids.size()];
        long[] columnTotals = new long[categories.size()];
        long total = 0;
        for (Cell cell : queries.cells(query.scope(), query.metric(), query.period(), query.from(), query.to(), query.categoryId())) {
            Integer r = row.get(cell.gridId());
            Integer c = column.get(cell.categoryId());
            if (r == null || c == null) {
                continue; // a retired category's old counts are left out, as its column is
            }
            counts[r][c] = cell.count();
            rowTotals[r] += cell.count();
            columnTotals[c] += cell.count();
            total += cell.count();
        }
        return new HeatTable(query, grids, categories, counts, rowTotals, columnTotals, total);
    }

    /** One line per grid or per category, a point per period of {@code [from, to)}. */
    public Trend trend(InsightScope scope, Metric metric, PeriodKind period, LocalDate from, LocalDate to, TrendBy by,
                       Long gridId, Long categoryId) {
        if (by == null) {
            throw InvalidInput.of("by", "insight.error.trend-by");
        }
        check(new InsightQuery(scope, metric, period, from, to, categoryId));
        List<GridRef> grids = queries.grids(scope);
        if (gridId != null && grids.stream().noneMatch(g -> g.id().equals(gridId))) {
            throw InvalidInput.of("grid", "insight.error.grid");
        }
        List<LocalDate> periods = new ArrayList<>();
        for (LocalDate p = from; p.isBefore(to); p = next(period, p)) {
            periods.add(p);
        }
        Map<LocalDate, Integer> at = index(periods);
        List<Trend.Series> series = new ArrayList<>();
        Map<Long, long[]> byKey = new HashMap<>();
        if (by == TrendBy.GRID) {
            for (GridRef g : grids) {
                if (gridId == null || g.id().equals(gridId)) {
                    long[] counts = new long[periods.size()];
                    byKey.put(g.id(), counts);
                    series.add(new Trend.Series(g.id(), g.communityName() + " · " + g.name(), g.communityName() + " · " + g.name(), counts));
                }
            }
        } else {
            for (CategoryRef c : queries.categories(categoryId)) {
                long[] counts = new long[periods.size()];
                byKey.put(c.id(), counts);
                series.add(new Trend.Series(c.id(), c.nameZh(), c.nameEn(), counts));
            }
        }
        for (Point p : queries.series(scope, metric, period, from, to, by == TrendBy.GRID, gridId, categoryId)) {
            long[] counts = byKey.get(p.key());
            Integer i = at.get(p.period());
            if (counts != null && i != null) {
                counts[i] = p.count();
            }
        }
        return new Trend(List.copyOf(periods), List.copyOf(series));
    }

    /** The scope's hotspots for the latest complete week ({@link HotspotRule}), strongest first. */
    public List<Hotspot> hotspots(InsightScope scope) {
        return hotspots(scope, LocalDate.now(clock));
    }

    /** As {@link #hotspots(InsightScope)} on a given day (tests and the benchmark use a fixed day). */
    public List<Hotspot> hotspots(InsightScope scope, LocalDate today) {
        if (scope == null || scope.streetId() == null) {
            throw InvalidInput.of("street", "insight.error.street");
        }
        Map<Long, GridRef> grids = new HashMap<>();
        queries.grids(scope).forEach(g -> grids.put(g.id(), g));
        if (grids.isEmpty()) {
            checkScope(scope); // no grids: say why if the place is wrong, else there is nothing to flag
            return List.of();
        }
        LocalDate week = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        LocalDate baselineFrom = week.minusWeeks(HotspotRule.BASELINE_WEEKS);
        LocalDate lastYearFrom = week.minusWeeks(52 + HotspotRule.LAST_YEAR_SPREAD);
        LocalDate lastYearTo = week.minusWeeks(52 - HotspotRule.LAST_YEAR_SPREAD - 1);
        boolean yearOfHistory = queries.requestsBefore(scope, lastYearFrom.plusWeeks(1));
        List<WindowSums> cells = queries.windowSums(scope, week, baselineFrom, yearOfHistory ? lastYearFrom : null,
                yearOfHistory ? lastYearTo : null);
        Map<Long, CategoryRef> categories = new HashMap<>();
        record Flagged(Hotspot hotspot, double strength) {
        }
        List<Flagged> flagged = new ArrayList<>();
        for (WindowSums cell : cells) {
            if (cell.count() < HotspotRule.MIN_COUNT) {
                continue;
            }
            double baseline = (double) cell.baseline() / HotspotRule.BASELINE_WEEKS;
            Double lastYear = yearOfHistory ? (double) cell.lastYear() / HotspotRule.LAST_YEAR_WEEKS : null;
            HotspotRule.Verdict v = HotspotRule.judge(cell.count(), baseline, lastYear);
            if (v.flagged()) {
                if (categories.isEmpty()) {
                    queries.categories(null).forEach(c -> categories.put(c.id(), c));
                }
                CategoryRef category = categories.get(cell.categoryId());
                GridRef grid = grids.get(cell.gridId());
                if (category != null && grid != null) {
                    flagged.add(new Flagged(new Hotspot(grid, category, week, week.plusWeeks(1), cell.count(), baseline,
                            HotspotRule.BASELINE_WEEKS, v.p(), lastYear, v.pLastYear()), v.strength()));
                }
            }
        }
        return flagged.stream().sorted(Comparator.comparingDouble(Flagged::strength)
                        .thenComparing(f -> -f.hotspot().count()).thenComparing(f -> f.hotspot().grid().id())
                        .thenComparing(f -> f.hotspot().category().id()))
                .map(Flagged::hotspot).toList();
    }

    /** One grid's figures over {@code [from, to)}; {@code categoryId} null for all categories. */
    public GridFigures gridFigures(Long gridId, Long categoryId, LocalDate from, LocalDate to) {
        GridRef grid = gridId == null ? null : queries.grid(gridId).orElse(null);
        if (grid == null) {
            throw InvalidInput.of("grid", "insight.error.grid");
        }
        CategoryRef category = category(categoryId);
        PeriodKind period = from != null && to != null && from.getDayOfMonth() == 1 && to.getDayOfMonth() == 1 ? PeriodKind.MONTH
                : PeriodKind.WEEK;
        checkDates(period, from, to);
        long[] totals = queries.totals(gridId, categoryId, period, from, to);
        Map<Metric, Long> counts = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            counts.put(m, totals[m.ordinal()]);
        }
        List<Long> seconds = queries.secondsToResolve(gridId, categoryId, from, to);
        Double median = seconds.isEmpty() ? null : median(seconds) / 3600.0;
        long rated = counts.get(Metric.RATED);
        Double satisfied = rated == 0 ? null : (double) counts.get(Metric.SATISFIED) / rated;
        return new GridFigures(grid, category, from, to, Map.copyOf(counts), median, satisfied);
    }

    private static double median(List<Long> ascending) {
        int n = ascending.size();
        return n % 2 == 1 ? ascending.get(n / 2) : (ascending.get(n / 2 - 1) + ascending.get(n / 2)) / 2.0;
    }

    /** Requests of {@code [from, to)} with coordinates, newest first, at most {@code limit}. */
    public List<RequestPoint> requestPoints(InsightQuery query, int limit) {
        check(query);
        checkLimit(limit);
        return queries.points(query.scope(), query.from(), query.to(), query.categoryId(), limit);
    }

    /** Ids of the requests filed in a grid and category over {@code [from, to)}, oldest first, at most {@code limit}. */
    public List<Long> requestIds(Long gridId, Long categoryId, LocalDate from, LocalDate to, int limit) {
        if (gridId == null || queries.grid(gridId).isEmpty()) {
            throw InvalidInput.of("grid", "insight.error.grid");
        }
        category(categoryId);
        if (from == null || to == null || !from.isBefore(to) || ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw InvalidInput.of("to", "insight.error.range", MAX_DAYS);
        }
        checkLimit(limit);
        return queries.requestIds(gridId, categoryId, from, to, limit);
    }

    /** Every office of the street with the load the responsibility list and its open cases put on it. */
    public List<OfficeLoad> dutyLoad(Long streetId) {
        if (streetId == null || !queries.streetExists(streetId)) {
            throw InvalidInput.of("street", "insight.error.street");
        }
        List<OfficeLoad> out = new ArrayList<>();
        for (OfficeRow r : queries.officeLoad(streetId, LocalDateTime.now(clock))) {
            out.add(new OfficeLoad(r.officeId(), r.name(), r.kind(), r.leads(), r.coHandles(), r.open(), r.late(), r.escalated(),
                    r.staff(), r.staff() == 0 ? null : (double) r.open() / r.staff()));
        }
        return out;
    }

    /** The first day of the period that contains {@code day}. */
    public static LocalDate periodStart(PeriodKind period, LocalDate day) {
        return period == PeriodKind.WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
    }

    public static LocalDate next(PeriodKind period, LocalDate start) {
        return period == PeriodKind.WEEK ? start.plusWeeks(1) : start.plusMonths(1);
    }

    /** Refuses a query the screens could not have sent: an unknown place, metric or category, or dates off the periods. */
    public void check(InsightQuery query) {
        checkShape(query);
        checkScope(query.scope());
        category(query.categoryId());
    }

    /** The checks that need no database: metric, period and dates. */
    private static void checkShape(InsightQuery query) {
        if (query == null || query.scope() == null || query.scope().streetId() == null) {
            throw InvalidInput.of("street", "insight.error.street");
        }
        if (query.metric() == null) {
            throw InvalidInput.of("metric", "insight.error.metric");
        }
        if (query.period() == null) {
            throw InvalidInput.of("period", "insight.error.period");
        }
        checkDates(query.period(), query.from(), query.to());
    }

    private void checkScope(InsightScope scope) {
        if (scope == null || scope.streetId() == null || !queries.streetExists(scope.streetId())) {
            throw InvalidInput.of("street", "insight.error.street");
        }
        if (scope.communityId() != null && !queries.communityOf(scope.communityId(), scope.streetId())) {
            throw InvalidInput.of("community", "insight.error.community");
        }
    }

    private static void checkDates(PeriodKind period, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw InvalidInput.of(from == null ? "from" : "to", "insight.error.date-missing");
        }
        for (LocalDate d : List.of(from, to)) {
            if (!periodStart(period, d).equals(d)) {
                throw InvalidInput.of(d == from ? "from" : "to",
                        period == PeriodKind.WEEK ? "insight.error.week-start" : "insight.error.month-start", d.toString());
            }
        }
        if (!from.isBefore(to)) {
            throw InvalidInput.of("to", "insight.error.order", from.toString(), to.toString());
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw InvalidInput.of("to", "insight.error.range", MAX_DAYS);
        }
    }

    private CategoryRef category(Long categoryId) {
        if (categoryId == null) {
            return null;
        }
        List<CategoryRef> found = queries.categories(categoryId);
        if (found.isEmpty()) {
            throw InvalidInput.of("category", "insight.error.category");
        }
        return found.getFirst();
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInput.of("limit", "insight.error.limit", MAX_LIMIT);
        }
    }

    private static <T> Map<T, Integer> index(List<T> keys) {
        Map<T, Integer> out = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            out.put(keys.get(i), i);
        }
        return out;
    }
}
