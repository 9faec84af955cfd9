package org.gridvoice.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.gridvoice.account.Role;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the insight screens show, each on a street of its own: hotspots by the stated rule with the
 * numbers behind them (a clear rise, a rise within noise, a winter rise that matches last winter,
 * too few to say), a grid's figures with its median time to resolve, the duty load of each office,
 * a bounded number of statements however many grids and categories, and refusals of bad queries.
 */
@GridVoiceTest
class InsightServiceTest {

    /** A Monday: the week under test is the one before, 2026-11-23. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate WEEK = LocalDate.of(2026, 11, 23);

    @Autowired InsightService insight;
    @Autowired InsightFixture fixture;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;

    /** {@code perWeek} requests in each of the {@code weeks} weeks before the week under test. */
    private void baseline(InsightFixture.Place place, long grid, long category, int weeks, int perWeek) {
        for (int w = 1; w <= weeks; w++) {
            fixture.requests(place.streetId(), grid, category, WEEK.minusWeeks(w).atTime(10, 0), perWeek);
        }
    }

    @Test
    void a_clear_rise_is_a_hotspot_with_its_numbers_and_the_strongest_comes_first() {
        InsightFixture.Place place = fixture.street();
        List<Long> categories = fixture.categories(2);
        long parking = categories.getFirst();
        long a = place.grids().get(0);
        long b = place.grids().get(1);
        baseline(place, a, parking, 12, 1);
        fixture.requests(place.streetId(), a, parking, WEEK.atTime(9, 0), 9);
        baseline(place, b, parking, 12, 1);
        fixture.requests(place.streetId(), b, parking, WEEK.plusDays(6).atTime(20, 0), 6);
        // next week's requests are not in the latest complete week
        fixture.requests(place.streetId(), b, categories.get(1), TODAY.atTime(8, 0), 20);

        List<Hotspot> hotspots = insight.hotspots(place.scope(), TODAY);

        assertThat(hotspots).extracting(h -> h.grid().id()).containsExactly(a, b);
        Hotspot top = hotspots.getFirst();
        assertThat(top.category().id()).isEqualTo(parking);
        assertThat(top.from()).isEqualTo(WEEK);
        assertThat(top.to()).isEqualTo(WEEK.plusWeeks(1));
        assertThat(top.count()).isEqualTo(9);
        assertThat(top.baseline()).isEqualTo(1.0);
        assertThat(top.baselineWeeks()).isEqualTo(12);
        // P(X ≥ 9 | λ = 1) = e⁻¹ Σ_{k≥9} 1/k! ≈ 1.1252e-6
        assertThat(top.pBaseline()).isCloseTo(1.1252e-6, within(0.0001e-6));
        assertThat(top.lastYearBaseline()).as("no year of history on this street").isNull();
        assertThat(top.pLastYear()).isNull();
        assertThat(hotspots.get(1).count()).isEqualTo(6);
        assertThat(hotspots.get(1).pBaseline()).isCloseTo(5.94e-4, within(0.01e-4));
    }

    @Test
    void a_rise_within_noise_is_not_a_hotspot() {
        InsightFixture.Place place = fixture.street();
        long category = fixture.categories(1).getFirst();
        long grid = place.grids().getFirst();
        baseline(place, grid, category, 12, 4);
        fixture.requests(place.streetId(), grid, category, WEEK.atTime(9, 0), 7);

        assertThat(HotspotRule.judge(7, 4.0, null).p()).as("P(X ≥ 7 | λ = 4) ≈ 0.11").isCloseTo(0.1107, within(0.001));
        assertThat(insight.hotspots(place.scope(), TODAY)).isEmpty();
    }

    @Test
    void a_winter_heating_rise_like_last_winters_is_not_flagged_once_a_year_of_history_exists() {
        InsightFixture.Place place = fixture.street();
        long heating = fixture.categories(1).getFirst();
        long grid = place.grids().getFirst();
        baseline(place, grid, heating, 12, 2);
        for (int w = 50; w <= 54; w++) { // last winter: the same week ± 2
            fixture.requests(place.streetId(), grid, heating, WEEK.minusWeeks(w).atTime(10, 0), 10);
        }
        fixture.requests(place.streetId(), grid, heating, WEEK.atTime(9, 0), 10);

        assertThat(HotspotRule.judge(10, 2.0, null).flagged()).as("against the autumn alone it would be").isTrue();
        assertThat(insight.hotspots(place.scope(), TODAY)).isEmpty();

        // the same street with a real rise above last winter too is flagged, with both numbers
        fixture.requests(place.streetId(), grid, heating, WEEK.atTime(11, 0), 15);
        List<Hotspot> hotspots = insight.hotspots(place.scope(), TODAY);
        assertThat(hotspots).hasSize(1);
        assertThat(hotspots.getFirst().count()).isEqualTo(25);
        assertThat(hotspots.getFirst().lastYearBaseline()).isEqualTo(10.0);
        assertThat(hotspots.getFirst().pLastYear()).isLessThan(0.01);
    }

    @Test
    void fewer_than_five_requests_are_never_a_hotspot() {
        InsightFixture.Place place = fixture.street();
        long category = fixture.categories(1).getFirst();
        fixture.requests(place.streetId(), place.grids().getFirst(), category, WEEK.atTime(9, 0), 4);

        assertThat(HotspotRule.judge(4, 0, null).p()).as("rare against the floor λ = 0.5").isLessThan(0.01);
        assertThat(insight.hotspots(place.scope(), TODAY)).isEmpty();
    }

    @Test
    void a_grids_figures_carry_every_count_its_median_time_to_resolve_and_the_satisfied_share() {
        InsightFixture.Place place = fixture.street();
        long category = fixture.categories(1).getFirst();
        long grid = place.grids().get(1);
        LocalDateTime routed = LocalDateTime.of(2026, 6, 2, 8, 0);
        long c1 = fixture.requestCase(place, grid, category, place.station(), routed, routed.plusHours(10), false, false);
        fixture.requestCase(place, grid, category, place.station(), routed, routed.plusHours(20), false, false);
        fixture.requestCase(place, grid, category, place.station(), routed, routed.plusHours(60), false, false);
        fixture.requestCase(place, grid, category, place.station(), routed, null, false, false);
        fixture.event(c1, "RESOLVED", routed.plusHours(10));
        fixture.confirmation(c1, routed.plusDays(1), "SATISFIED");
        fixture.confirmation(c1, routed.plusDays(1), "FAIRLY");
        fixture.requests(place.streetId(), grid, category, routed, 3);

        GridFigures f = insight.gridFigures(grid, category, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1));

        assertThat(f.grid().name()).isEqualTo("第2网格");
        assertThat(f.counts().get(Metric.REQUESTS)).isEqualTo(3);
        assertThat(f.counts().get(Metric.CASES_OPENED)).isEqualTo(4);
        assertThat(f.counts().get(Metric.CASES_RESOLVED)).isEqualTo(1);
        assertThat(f.counts().get(Metric.RATED)).isEqualTo(2);
        assertThat(f.medianHoursToResolve()).as("median of 10, 20 and 60 hours").isEqualTo(20.0);
        assertThat(f.satisfiedShare()).isEqualTo(0.5);
        GridFigures empty = insight.gridFigures(grid, category, LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 10));
        assertThat(empty.medianHoursToResolve()).isNull();
        assertThat(empty.satisfiedShare()).isNull();
        assertThat(insight.requestIds(grid, category, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1), 2)).hasSize(2);
    }

    @Test
    void duty_load_sets_grid_stations_beside_street_departments() {
        InsightFixture.Place place = fixture.street();
        long category = fixture.categories(1).getFirst();
        long grid = place.grids().getFirst();
        LocalDateTime now = LocalDateTime.now();
        fixture.requestCase(place, grid, category, place.station(), now.minusDays(3), null, true, false);
        fixture.requestCase(place, grid, category, place.station(), now.minusDays(3), null, true, true);
        fixture.requestCase(place, grid, category, place.station(), now.minusDays(2), null, false, false);
        fixture.requestCase(place, grid, category, place.station(), now.minusDays(9), now.minusDays(1), false, false);
        people.create(Role.OFFICER, place.station());
        people.create(Role.OFFICE_LEAD, place.station());
        long admin = people.admin().id();
        long version = jdbc.sql("""
                INSERT INTO responsibility_version (entry_id, street_id, category_id, place_level, place_id, lead_office_id,
                    response_hours, resolution_days, basis, effective_from, changed_by, changed_at)
                VALUES (:e, :s, :c, 'GRID', :g, :lead, 24, 7, '洞察测试', :from, :by, :from) RETURNING id""")
                .param("e", System.nanoTime()).param("s", place.streetId()).param("c", category).param("g", grid)
                .param("lead", place.department()).param("from", now.minusDays(30)).param("by", admin).query(Long.class).single();
        jdbc.sql("INSERT INTO responsibility_co_office (version_id, office_id) VALUES (:v, :o)").param("v", version)
                .param("o", place.station()).update();

        List<OfficeLoad> load = insight.dutyLoad(place.streetId());

        assertThat(load).extracting(OfficeLoad::officeId).containsExactly(place.station(), place.department());
        OfficeLoad station = load.getFirst();
        assertThat(station.kind()).isEqualTo(org.gridvoice.place.OfficeKind.GRID_STATION);
        assertThat(station.leads()).isZero();
        assertThat(station.coHandles()).isEqualTo(1);
        assertThat(station.open()).isEqualTo(3);
        assertThat(station.late()).isEqualTo(2);
        assertThat(station.escalated()).isEqualTo(1);
        assertThat(station.staff()).isEqualTo(2);
        assertThat(station.openPerStaff()).isEqualTo(1.5);
        OfficeLoad department = load.get(1);
        assertThat(department.leads()).isEqualTo(1);
        assertThat(department.staff()).isZero();
        assertThat(department.openPerStaff()).isNull();
    }

    @Test
    void trends_draw_a_line_per_grid_or_category_and_points_are_the_requests_with_coordinates() {
        InsightFixture.Place place = fixture.street();
        List<Long> categories = fixture.categories(2);
        long a = place.grids().get(0);
        long b = place.grids().get(1);
        fixture.requests(place.streetId(), a, categories.get(0), LocalDateTime.of(2026, 1, 10, 9, 0), 2);
        fixture.requests(place.streetId(), a, categories.get(1), LocalDateTime.of(2026, 3, 31, 23, 59), 1);
        fixture.requests(place.streetId(), b, categories.get(1), LocalDateTime.of(2026, 3, 1, 0, 0), 4);
        long located = fixture.request(place.streetId(), b, categories.get(0), LocalDateTime.of(2026, 2, 2, 9, 0));
        jdbc.sql("UPDATE request SET latitude = 31.2, longitude = 121.4 WHERE id = :r").param("r", located).update();
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 4, 1);

        Trend byGrid = insight.trend(place.scope(), Metric.REQUESTS, PeriodKind.MONTH, from, to, TrendBy.GRID, null, null);
        assertThat(byGrid.periods()).containsExactly(from, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1));
        assertThat(byGrid.series()).extracting(Trend.Series::id).containsExactlyElementsOf(place.grids());
        assertThat(byGrid.series().get(0).counts()).containsExactly(2, 0, 1);
        assertThat(byGrid.series().get(1).counts()).containsExactly(0, 1, 4);
        assertThat(byGrid.series().get(2).counts()).containsExactly(0, 0, 0);

        Trend byCategory = insight.trend(place.scope(), Metric.REQUESTS, PeriodKind.MONTH, from, to, TrendBy.CATEGORY, b, categories.get(1));
        assertThat(byCategory.series()).hasSize(1);
        assertThat(byCategory.series().getFirst().counts()).containsExactly(0, 0, 4);

        List<RequestPoint> points = insight.requestPoints(new InsightQuery(place.scope(), Metric.REQUESTS, PeriodKind.MONTH, from, to, null), 100);
        assertThat(points).extracting(RequestPoint::requestId).containsExactly(located);
        assertThat(points.getFirst().latitude()).isEqualByComparingTo("31.2");
    }

    @Test
    void heat_table_and_hotspots_take_a_fixed_number_of_statements_however_many_cells() {
        InsightFixture.Place small = fixture.street();
        InsightFixture.Place big = fixture.street();
        List<Long> categories = fixture.categories(3);
        fixture.request(small.streetId(), small.grids().getFirst(), categories.getFirst(), WEEK.atTime(9, 0));
        for (Long g : big.grids()) {
            for (Long c : categories) {
                baseline(big, g, c, 12, 1);
                fixture.requests(big.streetId(), g, c, WEEK.atTime(9, 0), 8);
            }
        }
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 12, 1);
        long smallHeat = statements(() -> insight.heatTable(new InsightQuery(small.scope(), Metric.REQUESTS, PeriodKind.MONTH, from, to, null)));
        long bigHeat = statements(() -> insight.heatTable(new InsightQuery(big.scope(), Metric.REQUESTS, PeriodKind.MONTH, from, to, null)));
        long smallHot = statements(() -> insight.hotspots(small.scope(), TODAY));
        long bigHot = statements(() -> insight.hotspots(big.scope(), TODAY));
        assertThat(insight.hotspots(big.scope(), TODAY)).as("nine hotspots").hasSize(9);

        assertThat(bigHeat).isEqualTo(smallHeat).isLessThanOrEqualTo(5);
        assertThat(bigHot).isLessThanOrEqualTo(6);
        assertThat(smallHot).isLessThanOrEqualTo(6);
    }

    /** Statements the server answered for the call, on the call's own connection (session counter). */
    private long statements(Supplier<Object> call) {
        return tx.execute(s -> {
            long before = questions();
            call.get();
            return questions() - before - 1; // the second SHOW counts itself
        });
    }

    private long questions() {
        return Long.parseLong(String.valueOf(jdbc.sql("SHOW SESSION STATUS LIKE 'Questions'").query().singleRow().get("Value")));
    }

    @Test
    void bad_queries_are_refused_with_a_clear_reason() {
        InsightFixture.Place place = fixture.street();
        InsightScope scope = place.scope();
        LocalDate monday = LocalDate.of(2026, 11, 2);
        assertThatThrownBy(() -> insight.heatTable(new InsightQuery(scope, Metric.REQUESTS, PeriodKind.WEEK, monday.plusDays(1),
                monday.plusWeeks(2), null))).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.concerns("from", "insight.error.week-start")).isTrue());
        assertThatThrownBy(() -> insight.heatTable(new InsightQuery(scope, Metric.REQUESTS, PeriodKind.WEEK, monday, monday, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("to", "insight.error.order")).isTrue());
        assertThatThrownBy(() -> insight.heatTable(new InsightQuery(scope, Metric.REQUESTS, PeriodKind.MONTH, LocalDate.of(2020, 1, 1),
                LocalDate.of(2026, 1, 1), null))).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.concerns("to", "insight.error.range")).isTrue());
        assertThatThrownBy(() -> insight.heatTable(new InsightQuery(scope, null, PeriodKind.WEEK, monday, monday.plusWeeks(1), null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("metric", "insight.error.metric")).isTrue());
        assertThatThrownBy(() -> insight.heatTable(new InsightQuery(scope, Metric.REQUESTS, PeriodKind.WEEK, monday, monday.plusWeeks(1),
                -1L))).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("category", "insight.error.category")).isTrue());
        assertThatThrownBy(() -> insight.hotspots(new InsightScope(place.streetId(), People.COMMUNITY_XINGFULI)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("community", "insight.error.community")).isTrue());
        assertThatThrownBy(() -> insight.dutyLoad(-5L))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("street", "insight.error.street")).isTrue());
    }
}
