package org.gridvoice.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@GridVoiceTest
class ScorecardServiceTest {

    private static final YearMonth MARCH = YearMonth.of(2021, 3);
    private static final YearMonth APRIL = YearMonth.of(2021, 4);

    @Autowired ScorecardService scorecards;
    @Autowired ScorecardFixture fixture;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @LocalServerPort int port;

    private long a;
    private long b;

    /**
     * Office A, March: four cases — closed on time (answers satisfied, fairly, unsatisfied, one
     * not yet), closed after a late acceptance, a transfer, a late mark and a reopen (round 1
     * unresolved/unsatisfied, round 2 resolved/satisfied), in progress on time after two
     * transfers (late, escalated), new. April: one resolved case nobody has answered about yet;
     * February: one case at 23:59 on the 28th. Office B, March: three closed cases, on time,
     * one answer "fairly"; nothing in April.
     */
    @BeforeEach
    void twoOfficesTwoMonths() {
        a = fixture.office("考核甲");
        b = fixture.office("考核乙");
        LocalDateTime march = MARCH.atDay(10).atTime(9, 30);
        long a1 = fixture.routedCase(a, MARCH.atDay(1).atStartOfDay(), CaseStatus.CLOSED, true, 0, false, false);
        fixture.feedback(a1, 1, Resolution.RESOLVED, Satisfaction.SATISFIED);
        fixture.feedback(a1, 1, Resolution.PARTLY, Satisfaction.FAIRLY);
        fixture.feedback(a1, 1, Resolution.RESOLVED, Satisfaction.UNSATISFIED);
        fixture.feedback(a1, 1, null, null);
        long a2 = fixture.routedCase(a, march, CaseStatus.CLOSED, false, 1, true, false);
        fixture.feedback(a2, 1, Resolution.UNRESOLVED, Satisfaction.UNSATISFIED);
        fixture.feedback(a2, 2, Resolution.RESOLVED, Satisfaction.SATISFIED);
        fixture.routedCase(a, march, CaseStatus.IN_PROGRESS, true, 2, true, true);
        fixture.routedCase(a, MARCH.atEndOfMonth().atTime(23, 59, 59), CaseStatus.NEW, null, 0, false, false);
        long a5 = fixture.routedCase(a, APRIL.atDay(2).atTime(8, 0), CaseStatus.RESOLVED, true, 0, false, false);
        fixture.feedback(a5, 1, null, null);
        fixture.routedCase(a, LocalDateTime.of(2021, 2, 28, 23, 59), CaseStatus.NEW, null, 0, false, false);

        for (int hops : new int[] {0, 1, 1}) {
            long id = fixture.routedCase(b, march, CaseStatus.CLOSED, true, hops, false, false);
            if (hops == 0) {
                fixture.feedback(id, 1, Resolution.RESOLVED, Satisfaction.FAIRLY);
            }
        }
    }

    @Test
    void each_office_month_counts_its_cases_with_the_documented_rates() {
        List<Scorecard> monthsOfA = scorecards.monthly(a, MARCH, YearMonth.of(2021, 5));

        assertThat(monthsOfA).extracting(Scorecard::month).as("February is outside the range, May has no cases")
                .containsExactly(MARCH, APRIL);
        Scorecard march = monthsOfA.getFirst();
        assertThat(march.officeName()).isEqualTo(fixture.officeName(a));
        assertThat(march.cases()).isEqualTo(4);
        assertThat(march.responseRate()).as("two of the three accepted on time; the new one is not due yet").isEqualTo(2.0 / 3);
        assertThat(march.resolutionRate()).as("two closed; the two open ones are not due yet").isEqualTo(1.0);
        assertThat(march.satisfactionRate()).as("satisfied, fairly and satisfied out of five answers in both rounds").isEqualTo(0.6);
        assertThat(march.averageHops()).isEqualTo(0.75);
        assertThat(march.late()).isEqualTo(2);
        assertThat(march.escalated()).isEqualTo(1);

        Scorecard april = monthsOfA.get(1);
        assertThat(april.cases()).isEqualTo(1);
        assertThat(april.responseRate()).isEqualTo(1.0);
        assertThat(april.resolutionRate()).as("resolved, awaiting the residents' confirmation: not decided yet").isNull();
        assertThat(april.satisfactionRate()).as("asked, nobody answered").isNull();
        assertThat(april.averageHops()).isZero();
        assertThat(april.late()).isZero();
        assertThat(april.escalated()).isZero();

        assertThat(scorecards.monthly(a, YearMonth.of(2021, 2), YearMonth.of(2021, 2))).singleElement()
                .extracting(Scorecard::cases).isEqualTo(1);
        assertThat(scorecards.monthly(a, YearMonth.of(2021, 5), YearMonth.of(2021, 6))).isEmpty();
    }

    @Test
    void all_offices_stand_side_by_side_and_an_office_without_cases_that_month_has_no_row() {
        Scorecard bInMarch = mine(scorecards.allOffices(MARCH), b).orElseThrow();
        assertThat(bInMarch.cases()).isEqualTo(3);
        assertThat(bInMarch.responseRate()).isEqualTo(1.0);
        assertThat(bInMarch.resolutionRate()).isEqualTo(1.0);
        assertThat(bInMarch.satisfactionRate()).isEqualTo(1.0);
        assertThat(bInMarch.averageHops()).isEqualTo(2.0 / 3);
        assertThat(bInMarch.late()).isZero();
        assertThat(bInMarch.escalated()).isZero();
        assertThat(mine(scorecards.allOffices(MARCH), a)).get().extracting(Scorecard::cases).isEqualTo(4);

        assertThat(mine(scorecards.allOffices(APRIL), a)).isPresent();
        assertThat(mine(scorecards.allOffices(APRIL), b)).isEmpty();
        assertThat(scorecards.monthly(b, APRIL, APRIL)).isEmpty();
    }

    @Test
    void a_case_still_inside_its_deadlines_is_no_miss_and_counts_once_its_deadline_has_passed() {
        long fresh = fixture.office("新站");
        LocalDateTime now = LocalDateTime.now();
        fixture.routedCase(fresh, now.minusMinutes(5), CaseStatus.CLOSED, true, 0, false, false);
        fixture.routedCase(fresh, now.minusMinutes(1), CaseStatus.NEW, null, 0, false, false);
        YearMonth month = YearMonth.from(now.minusMinutes(1));

        Scorecard minutesAfterRouting = mine(scorecards.allOffices(month), fresh).orElseThrow();
        assertThat(minutesAfterRouting.cases()).isEqualTo(2);
        assertThat(minutesAfterRouting.responseRate()).as("the new case may still be accepted in time").isEqualTo(1.0);
        assertThat(minutesAfterRouting.resolutionRate()).as("and still be resolved in time").isEqualTo(1.0);

        long quiet = fixture.office("未到期站");
        fixture.routedCase(quiet, now.minusMinutes(1), CaseStatus.NEW, null, 0, false, false);
        Scorecard nothingDue = mine(scorecards.allOffices(month), quiet).orElseThrow();
        assertThat(nothingDue.responseRate()).as("nothing due yet: no rate").isNull();
        assertThat(nothingDue.resolutionRate()).isNull();

        long slow = fixture.office("超时站");
        fixture.unansweredPastItsResponseDeadline(slow, MARCH.atDay(5).atTime(10, 0));
        fixture.openPastItsResolutionDeadline(slow, MARCH.atDay(6).atTime(10, 0));
        fixture.routedCase(slow, MARCH.atDay(7).atTime(10, 0), CaseStatus.CLOSED, true, 0, false, false);
        Scorecard overdue = scorecards.monthly(slow, MARCH, MARCH).getFirst();
        assertThat(overdue.responseRate()).as("accepted on time 2 of 3; the unanswered one is past its deadline").isEqualTo(2.0 / 3);
        assertThat(overdue.resolutionRate()).as("closed 1 of 2 decided; the other is past its deadline, the new one not due")
                .isEqualTo(0.5);
    }

    @Test
    void an_office_that_accepted_and_transferred_a_case_is_credited_for_its_own_response() {
        long first = fixture.office("先办站");
        long second = fixture.office("后办站");
        LocalDateTime routed = MARCH.atDay(12).atTime(9, 0);
        fixture.acceptedThenTransferred(first, second, routed, true);
        fixture.acceptedThenTransferred(first, second, routed.plusDays(1), false);
        long slow = fixture.office("慢转站");
        fixture.acceptedThenTransferred(slow, second, routed.plusDays(2), null);

        Scorecard handedOn = mine(scorecards.allOffices(MARCH), first).orElseThrow();
        assertThat(handedOn.cases()).as("it held both before transferring them").isEqualTo(2);
        assertThat(handedOn.responseRate()).as("accepted one within its own deadline, one after").isEqualTo(0.5);
        assertThat(handedOn.resolutionRate()).as("resolving is up to the office that holds the case now").isNull();
        assertThat(scorecards.monthly(first, MARCH, MARCH)).singleElement().extracting(Scorecard::cases).isEqualTo(2);
        assertThat(mine(scorecards.allOffices(MARCH), slow).orElseThrow().responseRate())
                .as("transferred 40 hours after getting it, without accepting: a late response").isEqualTo(0.0);

        Scorecard holder = mine(scorecards.allOffices(MARCH), second).orElseThrow();
        assertThat(holder.cases()).isEqualTo(3);
        assertThat(holder.responseRate()).as("its own deadline has not passed").isNull();
    }

    @Test
    void a_range_that_runs_backwards_or_is_too_long_is_refused() {
        assertThatThrownBy(() -> scorecards.monthly(a, APRIL, MARCH)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).concerns("to", "scorecard.error.range")).isTrue());
        assertThatThrownBy(() -> scorecards.writeCsv(MARCH, MARCH.plusMonths(ScorecardService.MAX_MONTHS), new StringWriter()))
                .isInstanceOf(InvalidInput.class);
        assertThat(scorecards.monthly(a, MARCH, MARCH.plusMonths(ScorecardService.MAX_MONTHS - 1))).hasSize(2);
    }

    @Test
    void an_office_name_that_looks_like_a_formula_is_escaped_in_the_csv_and_the_rates_stay_numbers() throws Exception {
        jdbc.sql("UPDATE place_office SET name = :n WHERE id = :id").param("n", "=cmd|' /C calc'!A0 " + System.nanoTime()).param("id", a).update();
        StringWriter out = new StringWriter();
        scorecards.writeCsv(MARCH, MARCH, out);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        CSVRecord ofA = rows.stream().filter(r -> r.get("office_id").equals(Long.toString(a))).findFirst().orElseThrow();
        assertThat(ofA.get("office")).startsWith("'=cmd|' /C calc'!A0 ");
        assertThat(ofA.get("cases")).isEqualTo("4");
        assertThat(ofA.get("response_rate")).isEqualTo("0.6667");
    }

    @Test
    void anyone_downloads_the_scorecards_as_csv_over_http_and_a_bad_month_is_a_clear_400() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> ok = http.send(get("/open-data/scorecards.csv?from=2021-03&to=2021-04", "en"),
                HttpResponse.BodyHandlers.ofString());

        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(ok.headers().firstValue("Content-Disposition").orElseThrow()).contains("scorecards-2021-03-2021-04.csv");
        assertThat(ok.body()).as("byte-order mark for Excel and WPS").startsWith("\uFEFF");
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(ok.body().substring(1)));
        List<CSVRecord> rows = parser.getRecords();
        assertThat(parser.getHeaderNames()).containsExactly("office_id", "office", "month", "cases",
                "response_rate", "resolution_rate", "satisfaction_rate", "average_hops", "late", "escalated");
        List<CSVRecord> ofA = rows.stream().filter(r -> r.get("office_id").equals(Long.toString(a))).toList();
        assertThat(ofA).extracting(r -> r.get("month")).containsExactly("2021-03", "2021-04");
        assertThat(ofA.getFirst().toList()).containsExactly(Long.toString(a), fixture.officeName(a), "2021-03", "4", "0.6667", "1", "0.6",
                "0.75", "2", "1");
        assertThat(ofA.get(1).get("satisfaction_rate")).isEmpty();
        assertThat(rows.stream().filter(r -> r.get("office_id").equals(Long.toString(b))).toList()).singleElement()
                .satisfies(r -> assertThat(r.toList()).containsExactly(Long.toString(b), fixture.officeName(b), "2021-03", "3", "1", "1",
                        "1", "0.67", "0", "0"));

        HttpResponse<String> bad = http.send(get("/open-data/scorecards.csv?from=2021-13&to=2021-04", "en"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(bad.body()).isEqualTo("Write “from” as a month in the form YYYY-MM, for example 2026-01; “2021-13” is not a month.");

        HttpResponse<String> chinese = http.send(get("/open-data/scorecards.csv?from=2021-03&to=march", "zh-CN"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chinese.statusCode()).isEqualTo(400);
        assertThat(chinese.body()).isEqualTo("“to”应写成 YYYY-MM 格式的月份，例如 2026-01；“march”不是月份。");

        HttpResponse<String> backwards = http.send(get("/open-data/scorecards.csv?from=2021-04&to=2021-03", "en"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("at most 120 months");
    }

    @Test
    void with_a_source_the_scorecards_and_the_csv_count_only_that_sources_cases() throws Exception {
        long both = fixture.office("诉求站");
        fixture.routedCase(both, MARCH.atDay(3).atTime(9, 0), CaseStatus.CLOSED, true, 0, false, false);
        fixture.requestCase(both, MARCH.atDay(4).atTime(9, 0), CaseStatus.CLOSED, false);
        fixture.requestCase(both, MARCH.atDay(5).atTime(9, 0), CaseStatus.ACCEPTED, true);

        assertThat(mine(scorecards.allOffices(MARCH), both).orElseThrow().cases()).as("both sources").isEqualTo(3);
        Scorecard requestsOnly = mine(scorecards.allOffices(CaseSource.REQUEST, MARCH), both).orElseThrow();
        assertThat(requestsOnly.cases()).isEqualTo(2);
        assertThat(requestsOnly.responseRate()).as("one of the two requests accepted on time").isEqualTo(0.5);
        assertThat(requestsOnly.resolutionRate()).as("the closed request; the open one is not due").isEqualTo(1.0);
        assertThat(scorecards.monthly(both, CaseSource.PROPOSAL, MARCH, MARCH)).singleElement().satisfies(s -> {
            assertThat(s.cases()).isEqualTo(1);
            assertThat(s.responseRate()).isEqualTo(1.0);
        });
        assertThat(mine(scorecards.allOffices(CaseSource.REQUEST, MARCH), a)).as("office A has proposals' cases only").isEmpty();

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> csv = http.send(get("/open-data/scorecards.csv?from=2021-03&to=2021-03&source=request", "en"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("scorecards-requests-2021-03-2021-03.csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body().substring(1))).getRecords();
        assertThat(rows).filteredOn(r -> r.get("office_id").equals(Long.toString(both))).singleElement()
                .satisfies(r -> assertThat(r.get("cases")).isEqualTo("2"));
        assertThat(rows).noneMatch(r -> r.get("office_id").equals(Long.toString(a)));
        HttpResponse<String> all = http.send(get("/open-data/scorecards.csv?from=2021-03&to=2021-03&source=all", "en"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(all.body()).contains(fixture.officeName(a));

        HttpResponse<String> bad = http.send(get("/open-data/scorecards.csv?from=2021-03&to=2021-03&source=votes", "en"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).isEqualTo("Write “source” as proposal, request or all; “votes” is none of them.");
    }

    private HttpRequest get(String path, String language) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept-Language", language).GET().build();
    }

    private static Optional<Scorecard> mine(List<Scorecard> all, long officeId) {
        return all.stream().filter(s -> s.officeId() == officeId).findFirst();
    }
}
