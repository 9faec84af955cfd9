package org.gridvoice.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.casework.CaseStatus;
import org.gridvoice.casework.ScorecardFixture;
import org.gridvoice.request.Filed;
import org.gridvoice.request.RequestForm;
import org.gridvoice.request.RequestService;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rollup is exact: every cell of {@code insight_demand} equals a recount from the source tables
 * with plain SQL, after filings and "me too" through the services, after case steps, answers, a
 * reworded proposal and withdrawn endorsements, and after many transactions from several threads
 * hit the same cells at once.
 */
@GridVoiceTest
class InsightRecountTest {

    /** The recount: the same definitions as V53 states them, straight from the source tables. */
    private static final String RECOUNT = """
            SELECT k.kind, CASE k.kind WHEN 'WEEK' THEN DATE(s.at) - INTERVAL WEEKDAY(s.at) DAY
                                       ELSE DATE(s.at) - INTERVAL (DAYOFMONTH(s.at) - 1) DAY END AS ps,
                   s.grid_id, s.category_id,
                   SUM(s.r), SUM(s.su), SUM(s.p), SUM(s.e), SUM(s.o), SUM(s.res), SUM(s.reo), SUM(s.sat), SUM(s.rat)
            FROM (
                SELECT filed_at AS at, grid_id, category_id, 1 AS r, 0 AS su, 0 AS p, 0 AS e, 0 AS o, 0 AS res, 0 AS reo,
                       0 AS sat, 0 AS rat FROM request
                UNION ALL SELECT s.at, r.grid_id, r.category_id, 0, 1, 0, 0, 0, 0, 0, 0, 0
                    FROM request_support s JOIN request r ON r.id = s.request_id
                UNION ALL SELECT created_at, grid_id, category_id, 0, 0, 1, 0, 0, 0, 0, 0, 0 FROM proposal
                UNION ALL SELECT e.endorsed_at, p.grid_id, p.category_id, 0, 0, 0, 1, 0, 0, 0, 0, 0
                    FROM proposal_endorsement e JOIN proposal p ON p.id = e.proposal_id
                UNION ALL SELECT routed_at, grid_id, category_id, 0, 0, 0, 0, 1, 0, 0, 0, 0 FROM casework_case
                UNION ALL SELECT e.at, c.grid_id, c.category_id, 0, 0, 0, 0, 0, e.kind = 'RESOLVED', e.kind = 'REOPENED', 0, 0
                    FROM casework_event e JOIN casework_case c ON c.id = e.case_id WHERE e.kind IN ('RESOLVED', 'REOPENED')
                UNION ALL SELECT e.at, c.grid_id, c.category_id, 0, 0, 0, 0, 0, 0, 0, f.satisfaction = 'SATISFIED', 1
                    FROM casework_confirmation f JOIN casework_event e ON e.id = f.event_id JOIN casework_case c ON c.id = e.case_id
            ) s CROSS JOIN (SELECT 'WEEK' AS kind UNION ALL SELECT 'MONTH') k
            GROUP BY k.kind, ps, s.grid_id, s.category_id""";

    private static final String ROLLUP = """
            SELECT period_kind, period_start, grid_id, category_id, requests, supports, proposals, endorsements, cases_opened,
                   cases_resolved, cases_reopened, satisfied, rated FROM insight_demand""";

    @Autowired JdbcClient jdbc;
    @Autowired InsightFixture fixture;
    @Autowired ScorecardFixture cases;
    @Autowired RequestService requests;
    @Autowired People people;
    @Autowired TransactionTemplate tx;
    @Autowired InsightService insight;

    @AfterEach
    void signOut() {
        People.signOut();
    }

    /** Cell key → its nine counts as text; cells whose counts are all zero are left out (a withdrawal leaves a zero row). */
    private Map<String, String> cells(String sql) {
        Map<String, String> out = new TreeMap<>();
        jdbc.sql(sql).query((rs, n) -> {
            StringBuilder counts = new StringBuilder();
            boolean any = false;
            for (int i = 5; i <= 13; i++) {
                long v = rs.getLong(i);
                any |= v != 0;
                counts.append(v).append(' ');
            }
            if (any) {
                out.put(rs.getString(1) + " " + rs.getString(2) + " g" + rs.getLong(3) + " c" + rs.getLong(4), counts.toString());
            }
            return null;
        }).list();
        return out;
    }

    private void assertRecounts() {
        Map<String, String> recount = cells(RECOUNT);
        assertThat(recount).as("the source tables hold something to count").isNotEmpty();
        assertThat(cells(ROLLUP)).isEqualTo(recount);
    }

    @Test
    void every_cell_recounts_after_filings_through_the_services_and_the_steps_of_cases() {
        InsightFixture.Place place = fixture.street();
        List<Long> categories = fixture.categories(2);
        long grid = place.grids().getFirst();
        SignedInUser requester = people.verifiedResidentOf(grid);
        People.actAs(requester);
        Filed filed = requests.file(new RequestForm(categories.getFirst(), grid, "洞察路 3 号", new BigDecimal("31.2"),
                new BigDecimal("121.4"), "路灯坏了", List.of(), false));
        for (int i = 0; i < 3; i++) {
            People.actAs(people.verifiedResidentOf(grid));
            assertThat(requests.support(filed.requestId())).isTrue();
        }
        People.signOut();

        // a proposal's case, resolved, answered twice, reopened; the proposal reworded into another category
        long officeId = cases.office("洞察测试科");
        long caseId = cases.routedCase(officeId, LocalDateTime.of(2026, 3, 30, 9, 0), CaseStatus.RESOLVED, true, 0, false, false);
        long proposal = jdbc.sql("SELECT proposal_id FROM casework_case WHERE id = :c").param("c", caseId).query(Long.class).single();
        for (int i = 0; i < 2; i++) {
            jdbc.sql("INSERT INTO proposal_endorsement (proposal_id, user_id, endorsed_at) VALUES (:p, :u, :at)").param("p", proposal)
                    .param("u", people.resident().id()).param("at", LocalDateTime.of(2026, 4, 1, 10, i)).update();
        }
        event(caseId, "RESOLVED", LocalDateTime.of(2026, 4, 3, 12, 0));
        confirm(event(caseId, "CONFIRMED", LocalDateTime.of(2026, 4, 4, 8, 0)), "SATISFIED");
        confirm(event(caseId, "CONFIRMED", LocalDateTime.of(2026, 4, 4, 9, 0)), "UNSATISFIED");
        event(caseId, "REOPENED", LocalDateTime.of(2026, 4, 6, 0, 0));
        jdbc.sql("UPDATE proposal SET category_id = :c WHERE id = :p").param("c", categories.get(1)).param("p", proposal).update();
        jdbc.sql("DELETE FROM proposal_endorsement WHERE proposal_id = :p LIMIT 1").param("p", proposal).update();

        assertRecounts();
        // and the screen's view of it: this week's request and its three "me too"
        LocalDateTime filedAt = jdbc.sql("SELECT filed_at FROM request WHERE id = :r").param("r", filed.requestId())
                .query(LocalDateTime.class).single();
        var week = InsightService.periodStart(PeriodKind.WEEK, filedAt.toLocalDate());
        var supports = insight.heatTable(new InsightQuery(place.scope(), Metric.SUPPORTS, PeriodKind.WEEK, week, week.plusWeeks(1), null));
        assertThat(supports.total()).isEqualTo(3);
        assertThat(supports.rowTotals()[0]).isEqualTo(3);
    }

    @Test
    void every_cell_recounts_after_concurrent_writes_to_the_same_cells_from_several_threads() throws Exception {
        InsightFixture.Place place = fixture.street();
        List<Long> categories = fixture.categories(2);
        long supporter = people.resident().id();
        long author = fixture.author();
        LocalDateTime monday = LocalDateTime.of(2026, 10, 5, 8, 0);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<Integer>> work = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            int thread = t;
            work.add(() -> {
                int done = 0;
                for (int i = 0; i < 40; i++) {
                    long grid = place.grids().get(i % 2);
                    long category = categories.get((i + thread) % 2);
                    LocalDateTime at = monday.plusHours(i).plusMinutes(thread);
                    int step = i;
                    tx.executeWithoutResult(s -> {
                        long request = jdbc.sql("""
                                INSERT INTO request (street_id, community_id, grid_id, category_id, author_id, address, description,
                                    filed_at, updated_at) VALUES (:s, :m, :g, :c, :a, '洞察路', '并发', :at, :at) RETURNING id""")
                                .param("s", place.streetId()).param("m", place.communityId()).param("g", grid).param("c", category)
                                .param("a", author).param("at", at).query(Long.class).single();
                        jdbc.sql("INSERT INTO request_support (request_id, user_id, at) VALUES (:r, :u, :at)").param("r", request)
                                .param("u", supporter).param("at", at.plusDays(1)).update();
                        if (step % 5 == 0) { // a "me too" taken back
                            jdbc.sql("DELETE FROM request_support WHERE request_id = :r").param("r", request).update();
                        }
                    });
                    done++;
                }
                return done;
            });
        }
        int total = 0;
        for (Future<Integer> f : pool.invokeAll(work)) {
            total += f.get();
        }
        pool.shutdown();
        assertThat(total).isEqualTo(240);

        assertRecounts();
        var week = monday.toLocalDate();
        HeatTable heat = insight.heatTable(new InsightQuery(place.scope(), Metric.REQUESTS, PeriodKind.WEEK, week, week.plusWeeks(1), null));
        assertThat(heat.total()).isEqualTo(240);
        HeatTable supports = insight.heatTable(new InsightQuery(place.scope(), Metric.SUPPORTS, PeriodKind.MONTH,
                week.withDayOfMonth(1), week.withDayOfMonth(1).plusMonths(1), null));
        assertThat(supports.total()).as("240 supports, every fifth taken back").isEqualTo(240 - 6 * 8);
    }

    @Test
    void the_migrations_backfill_counts_what_was_stored_before_it_exactly_as_the_triggers_do() throws Exception {
        InsightFixture.Place place = fixture.street();
        fixture.requests(place.streetId(), place.grids().getFirst(), fixture.categories(1).getFirst(), LocalDateTime.of(2025, 12, 29, 8, 0), 3);
        String migration = new String(getClass().getResourceAsStream("/db/migration/V53__insight_demand.sql").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String backfill = migration.substring(migration.lastIndexOf("INSERT INTO insight_demand")).strip();
        backfill = backfill.endsWith(";") ? backfill.substring(0, backfill.length() - 1) : backfill;
        Map<String, String> byTriggers = cells(ROLLUP);

        // as if the rows had been stored before V53: an empty rollup, then the migration's backfill
        String filled = backfill;
        tx.executeWithoutResult(s -> {
            jdbc.sql("DELETE FROM insight_demand").update();
            jdbc.sql(filled).update();
        });

        assertThat(cells(ROLLUP)).isEqualTo(byTriggers);
        assertRecounts();
    }

    private long event(long caseId, String kind, LocalDateTime at) {
        return jdbc.sql("INSERT INTO casework_event (case_id, at, kind, internal) VALUES (:c, :at, :k, FALSE) RETURNING id")
                .param("c", caseId).param("at", at).param("k", kind).query(Long.class).single();
    }

    private void confirm(long eventId, String satisfaction) {
        jdbc.sql("INSERT INTO casework_confirmation (event_id, resolution, satisfaction) VALUES (:e, 'RESOLVED', :s)")
                .param("e", eventId).param("s", satisfaction).update();
    }
}
