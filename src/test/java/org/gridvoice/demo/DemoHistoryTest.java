package org.gridvoice.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gridvoice.place.CommunityForm;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.place.GridForm;
import org.gridvoice.place.PlaceService;
import org.gridvoice.place.StreetForm;
import org.gridvoice.place.StreetSummary;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo history on communities of its own: one seeded as of a winter day in the past, twice (on
 * two fresh communities) for determinism and the winter heating, one as of today for the hotspot.
 * Every figure is recounted here by plain SQL from the request table.
 */
@GridVoiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoHistoryTest {

    static final LocalDate WINTER_DAY = LocalDate.of(2026, 1, 21);

    @Autowired DemoHistory history;
    @Autowired DemoBoundaries boundaries;
    @Autowired PlaceService places;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    DemoHistory.Seeded winterA;
    DemoHistory.Seeded winterB;
    DemoHistory.Seeded now;
    long millis;

    @BeforeAll
    void seed() {
        winterA = history.seed(community("甲"), WINTER_DAY);
        winterB = history.seed(community("乙"), WINTER_DAY);
        Long current = community("丙");
        long start = System.nanoTime();
        now = history.seed(current, LocalDate.now());
        millis = (System.nanoTime() - start) / 1_000_000;
    }

    /** A fresh community with three grids, each with a generated boundary. */
    private Long community(String name) {
        People.actAs(people.admin());
        try {
            StreetSummary street = places.saveStreet(null, new StreetForm("历史街道" + name + System.nanoTime()));
            CommunitySummary community = places.saveCommunity(null, new CommunityForm(street.id(), "历史社区" + name, null));
            for (String grid : List.of("第一网格", "第二网格", "第三网格")) {
                places.saveGrid(null, new GridForm(community.id(), grid, null));
            }
            assertThat(boundaries.drawFor(community.id())).isEqualTo(3);
            return community.id();
        } finally {
            People.signOut();
        }
    }

    /** Requests per grid name, category code and ISO week of filing. */
    private Map<String, Long> counts(Long communityId) {
        record Row(String grid, String category, int week, long n) {
        }
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("""
                SELECT g.name AS grid, c.code AS category, YEARWEEK(r.filed_at, 3) AS week, COUNT(*) AS n
                FROM request r JOIN place_grid g ON g.id = r.grid_id JOIN place_category c ON c.id = r.category_id
                WHERE r.community_id = :c GROUP BY g.name, c.code, YEARWEEK(r.filed_at, 3)""")
                .param("c", communityId).query(Row.class).list()
                .forEach(r -> counts.put(r.grid() + "/" + r.category() + "/" + r.week(), r.n()));
        return counts;
    }

    private long count(Long gridId, String category, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM request WHERE grid_id = :g AND filed_at >= :from AND filed_at < :to
                AND category_id = (SELECT id FROM place_category WHERE code = :c)""")
                .param("g", gridId).param("c", category).param("from", from.atStartOfDay()).param("to", to.atStartOfDay())
                .query(Long.class).single();
    }

    /** P(X ≥ k) for X ~ Poisson(λ). */
    private static double upperTail(long k, double lambda) {
        double term = Math.exp(-lambda);
        double below = 0;
        for (int i = 0; i < k; i++) {
            below += term;
            term *= lambda / (i + 1);
        }
        return 1 - below;
    }

    @Test
    void two_fresh_communities_get_the_same_counts_per_grid_category_and_week() {
        Map<String, Long> a = counts(winterA.communityId());
        assertThat(a).isNotEmpty();
        assertThat(counts(winterB.communityId())).isEqualTo(a);
        assertThat(winterB.requests()).isEqualTo(winterA.requests());
        assertThat(winterA.supports()).isGreaterThan(0);
        assertThat(a.keySet().stream().map(k -> k.split("/")[1]).distinct()).hasSize(7);
    }

    @Test
    void a_year_of_a_few_thousand_requests_most_inside_their_grid_with_me_too_supports() {
        long total = jdbc.sql("SELECT COUNT(*) FROM request WHERE community_id = :c").param("c", now.communityId()).query(Long.class).single();
        assertThat(total).isEqualTo(now.requests()).isBetween(1_000L, 3_000L);
        long located = jdbc.sql("SELECT COUNT(*) FROM request WHERE community_id = :c AND latitude IS NOT NULL")
                .param("c", now.communityId()).query(Long.class).single();
        assertThat(located).isGreaterThan(total * 7 / 10);
        long supports = jdbc.sql("SELECT COUNT(*) FROM request_support s JOIN request r ON r.id = s.request_id WHERE r.community_id = :c")
                .param("c", now.communityId()).query(Long.class).single();
        long supportersColumn = jdbc.sql("SELECT SUM(supporters) FROM request WHERE community_id = :c")
                .param("c", now.communityId()).query(Long.class).single();
        assertThat(supports).isEqualTo(now.supports()).isEqualTo(supportersColumn).isGreaterThan(100);
        LocalDate first = jdbc.sql("SELECT MIN(filed_at) FROM request WHERE community_id = :c").param("c", now.communityId())
                .query(java.time.LocalDateTime.class).single().toLocalDate();
        assertThat(first).isBefore(LocalDate.now().minusDays(365));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM request WHERE community_id = :c AND filed_at >= :today")
                .param("c", now.communityId()).param("today", LocalDate.now().atStartOfDay()).query(Long.class).single()).isZero();
        System.out.printf("DemoHistory seeded %d requests and %d supports for one community in %d ms%n", total, supports, millis);
    }

    @Test
    void the_latest_complete_week_has_a_clear_parking_hotspot_in_one_grid() {
        LocalDate week = DemoHistory.latestCompleteWeek(LocalDate.now());
        assertThat(week.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(week.plusDays(7)).isBeforeOrEqualTo(LocalDate.now());
        long latest = count(now.hotspotGridId(), "parking", week, week.plusDays(7));
        double baseline = count(now.hotspotGridId(), "parking", week.minusWeeks(12), week) / 12.0;
        long lastYear = count(now.hotspotGridId(), "parking", week.minusWeeks(52), week.minusWeeks(51));
        assertThat(latest).isGreaterThanOrEqualTo(5);
        assertThat(upperTail(latest, baseline)).as("latest %d against a baseline of %.2f a week", latest, baseline).isLessThan(0.01);
        assertThat(latest).isGreaterThan(3 * Math.max(lastYear, 1));
        // no other grid has a parking week like it
        List<Long> others = jdbc.sql("SELECT id FROM place_grid WHERE community_id = :c AND id <> :g")
                .param("c", now.communityId()).param("g", now.hotspotGridId()).query(Long.class).list();
        for (Long other : others) {
            assertThat(count(other, "parking", week, week.plusDays(7))).isLessThan(5);
        }
    }

    @Test
    void heating_rises_in_winter_yet_never_above_the_same_weeks_last_year() {
        LocalDate week = DemoHistory.latestCompleteWeek(WINTER_DAY);
        List<Long> grids = jdbc.sql("SELECT id FROM place_grid WHERE community_id = :c").param("c", winterA.communityId())
                .query(Long.class).list();
        long winter = 0;
        long autumn = 0;
        for (Long grid : grids) {
            for (int w = 0; w < 4; w++) {
                LocalDate monday = week.minusWeeks(w);
                long thisYear = count(grid, "property", monday, monday.plusDays(7));
                long yearBefore = count(grid, "property", monday.minusWeeks(52), monday.minusWeeks(51));
                assertThat(thisYear).as("grid %d, week of %s", grid, monday).isLessThanOrEqualTo(yearBefore);
                winter += thisYear;
            }
            autumn += count(grid, "property", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 29));
        }
        assertThat(winter).as("heating complaints in four winter weeks against four September weeks").isGreaterThan(autumn * 2);
        long heating = jdbc.sql("SELECT COUNT(*) FROM request WHERE community_id = :c AND description LIKE '%暖气%'")
                .param("c", winterA.communityId()).query(Long.class).single();
        long heatingInSummer = jdbc.sql("""
                SELECT COUNT(*) FROM request WHERE community_id = :c AND description LIKE '%暖气%' AND MONTH(filed_at) BETWEEN 4 AND 10""")
                .param("c", winterA.communityId()).query(Long.class).single();
        assertThat(heating).isGreaterThan(50);
        assertThat(heatingInSummer).isZero();
        long mosquitoes = jdbc.sql("""
                SELECT COUNT(*) FROM request WHERE community_id = :c AND description LIKE '%蚊子%' AND MONTH(filed_at) BETWEEN 6 AND 9""")
                .param("c", winterA.communityId()).query(Long.class).single();
        assertThat(mosquitoes).isGreaterThan(30);
    }

    @Test
    void a_second_run_adds_nothing() {
        long before = jdbc.sql("SELECT COUNT(*) FROM request WHERE community_id = :c").param("c", now.communityId()).query(Long.class).single();
        DemoHistory.Seeded again = history.seed(now.communityId(), LocalDate.now());
        assertThat(again.alreadyDone()).isTrue();
        assertThat(again.requests()).isEqualTo(now.requests());
        assertThat(again.hotspotGridId()).isEqualTo(now.hotspotGridId());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM request WHERE community_id = :c").param("c", now.communityId()).query(Long.class).single())
                .isEqualTo(before);
    }
}
