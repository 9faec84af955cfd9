package org.gridvoice.casework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.gridvoice.casework.CaseStatus;
import org.gridvoice.casework.Resolution;
import org.gridvoice.casework.Satisfaction;
import org.gridvoice.casework.ScorecardFixture;
import org.gridvoice.place.OfficeSummary;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ScorecardsViewTest extends ViewTest {

    @Autowired ScorecardFixture fixture;

    private final YearMonth now = YearMonth.now();
    private long office;
    private String name;

    /**
     * This month: one case closed on time (one answer "satisfied"), one new after a transfer, both
     * within their deadlines; two months ago: one new case whose deadlines are still ahead.
     */
    @BeforeEach
    void anOfficeWithCases() {
        office = fixture.office("考核站");
        name = fixture.officeName(office);
        long closed = fixture.routedCase(office, now.atDay(1).atTime(0, 0, 1), CaseStatus.CLOSED, true, 0, false, false);
        fixture.feedback(closed, 1, Resolution.RESOLVED, Satisfaction.SATISFIED);
        fixture.routedCase(office, now.atDay(1).atTime(0, 0, 2), CaseStatus.NEW, null, 1, false, false);
        fixture.routedCase(office, now.minusMonths(2).atDay(15).atTime(12, 0), CaseStatus.NEW, null, 0, true, false);
    }

    @Test
    void anyone_sees_the_office_side_by_side_and_over_the_months_in_chinese() {
        navigate("scorecards");

        NativeTable offices = _get(NativeTable.class, s -> s.withId("scorecard-offices"));
        assertThat(texts(offices.getHead().getRows().getFirst()))
                .containsExactly("部门", "工单数", "响应率", "解决率", "满意率", "平均转办次数", "超时", "督办");
        assertThat(texts(row(offices, name))).containsExactly(name, "2", "100%", "100%", "100%", "0.5", "0", "0");

        chooseOffice();
        NativeTable months = _get(NativeTable.class, s -> s.withId("scorecard-months"));
        assertThat(months.getBody().getRows()).extracting(r -> texts(r).getFirst())
                .containsExactly(ScorecardTable.month(now.minusMonths(2), java.util.Locale.SIMPLIFIED_CHINESE),
                        ScorecardTable.month(now, java.util.Locale.SIMPLIFIED_CHINESE));
        assertThat(texts(months.getBody().getRows().getFirst())).containsExactly(now.minusMonths(2).getYear() + "年"
                + now.minusMonths(2).getMonthValue() + "月", "1", "未到期", "未到期", "暂无评价", "0", "1", "0");
        assertThat(_find(ScorecardChart.class)).singleElement()
                .satisfies(c -> assertThat(c.getElement().getAttribute("aria-label")).startsWith(name + "各月响应率"));
        Anchor csv = _get(Anchor.class, s -> s.withId("scorecard-download"));
        assertThat(csv.getHref()).isEqualTo("open-data/scorecards.csv?from=" + now.minusMonths(11) + "&to=" + now);
        assertThat(csv.getElement().hasAttribute("router-ignore")).isTrue();
        assertThat(csv.getElement().hasAttribute("download")).isTrue();
    }

    @Test
    void in_english_the_figures_are_the_same_and_a_month_without_cases_says_so() {
        inEnglish();
        navigate("scorecards");

        NativeTable offices = _get(NativeTable.class, s -> s.withId("scorecard-offices"));
        assertThat(texts(offices.getHead().getRows().getFirst())).containsExactly("Office", "Cases", "Response rate", "Resolution rate",
                "Satisfaction rate", "Average transfers", "Late", "Escalated");
        assertThat(texts(row(offices, name))).containsExactly(name, "2", "100%", "100%", "100%", "0.5", "0", "0");
        assertThat(_get(Anchor.class, s -> s.withId("scorecard-download")).getText())
                .isEqualTo("Download the scorecards of all offices for the last 12 months (CSV)");

        chooseOffice();
        assertThat(texts(_get(NativeTable.class, s -> s.withId("scorecard-months")).getBody().getRows().getFirst()))
                .containsExactly(ScorecardTable.month(now.minusMonths(2), java.util.Locale.ENGLISH), "1", "not due yet", "not due yet", "no answers yet",
                        "0", "1", "0");

        // twelve months back is before anything seeded for this office, but other tests may have cases then: only the text is checked
        @SuppressWarnings("unchecked")
        Select<YearMonth> month = _get(Select.class, s -> s.withId("scorecard-month"));
        assertThat(month.getListDataView().getItems().toList()).hasSize(12).startsWith(now).endsWith(now.minusMonths(11));
        set(month, now.minusMonths(1));
        boolean table = !_find(NativeTable.class, s -> s.withId("scorecard-offices")).isEmpty();
        if (table) {
            assertThat(_get(NativeTable.class, s -> s.withId("scorecard-offices")).getBody().getRows())
                    .noneMatch(r -> texts(r).getFirst().equals(name));
        } else {
            assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                    .contains("No cases were routed in " + ScorecardTable.month(now.minusMonths(1), java.util.Locale.ENGLISH) + ".");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_rate_with_a_single_month_is_drawn_as_a_visible_point() {
        navigate("scorecards");
        chooseOffice();

        Map<String, Object> option = _get(ScorecardChart.class).option;
        List<Map<String, Object>> series = (List<Map<String, Object>>) option.get("series");
        Map<String, Object> response = series.getFirst();
        assertThat(((List<Object>) response.get("data")).stream().filter(p -> !"-".equals(p)))
                .as("only this month has a response rate due").containsExactly(100.0);
        assertThat(series).allSatisfy(s -> assertThat(s).containsEntry("showSymbol", true).containsEntry("showAllSymbol", true));
        assertThat(response.get("symbolSize")).as("a lone point is drawn larger").isEqualTo(12);
    }

    @SuppressWarnings("unchecked")
    @Test
    void choosing_requests_counts_only_requests_cases_in_the_tables_and_the_download() {
        fixture.requestCase(office, now.atDay(1).atTime(0, 0, 3), CaseStatus.CLOSED, true);
        navigate("scorecards");
        assertThat(texts(row(_get(NativeTable.class, s -> s.withId("scorecard-offices")), name)).get(1)).as("both sources").isEqualTo("3");

        @SuppressWarnings("unchecked")
        Select<org.gridvoice.casework.CaseSource> source = _get(Select.class, s -> s.withId("scorecard-source"));
        set(source, org.gridvoice.casework.CaseSource.REQUEST);

        assertThat(texts(row(_get(NativeTable.class, s -> s.withId("scorecard-offices")), name)))
                .containsExactly(name, "1", "100%", "100%", "暂无评价", "0", "0", "0");
        assertThat(_get(Anchor.class, s -> s.withId("scorecard-download")).getHref()).endsWith("&to=" + now + "&source=request");
    }

    private void chooseOffice() {
        Select<OfficeSummary> select = _get(Select.class, s -> s.withId("scorecard-office"));
        set(select, select.getListDataView().getItems().filter(o -> o.id() == office).findFirst().orElseThrow());
    }

    private static NativeTableRow row(NativeTable table, String first) {
        return table.getBody().getRows().stream().filter(r -> texts(r).getFirst().equals(first)).findFirst().orElseThrow();
    }

    private static List<String> texts(NativeTableRow row) {
        return row.getAllCells().stream().map(c -> c.getElement().getText()).toList();
    }
}
