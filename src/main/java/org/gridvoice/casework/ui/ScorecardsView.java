package org.gridvoice.casework.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.gridvoice.casework.Scorecard;
import org.gridvoice.casework.ScorecardService;
import org.gridvoice.place.OfficeService;
import org.gridvoice.place.OfficeSummary;

/**
 * Office scorecards, public: every office side by side for a month, and one office over the
 * last twelve months as a chart and a table, with the open-data CSV to download.
 */
@Route("scorecards")
@AnonymousAllowed
@Menu(title = "nav.scorecards", order = 25, icon = "vaadin:chart")
public class ScorecardsView extends Main implements AfterNavigationObserver, HasDynamicTitle {

    static final int MONTHS = 12;

    private final ScorecardService scorecards;
    private final OfficeService offices;
    private final Clock clock;
    private final Select<YearMonth> month = new Select<>();
    private final Select<OfficeSummary> office = new Select<>();
    final SourceSelect source = new SourceSelect("scorecard-source");
    private final Div side = new Div();
    private final Div history = new Div();
    private final Anchor download = new Anchor();
    private List<Scorecard> monthShown = List.of();

    public ScorecardsView(ScorecardService scorecards, OfficeService offices, Clock clock) {
        this.scorecards = scorecards;
        this.offices = offices;
        this.clock = clock;
        addClassName("gv-page");
        UnorderedList definitions = new UnorderedList();
        for (String key : List.of("response", "resolution", "satisfaction", "hops")) {
            definitions.add(new ListItem(getTranslation("scorecard.definition." + key)));
        }
        month.setId("scorecard-month");
        month.setLabel(getTranslation("scorecard.month"));
        month.setItemLabelGenerator(m -> ScorecardTable.month(m, getLocale()));
        month.addValueChangeListener(e -> showMonth(e.getValue()));
        office.setId("scorecard-office");
        office.setLabel(getTranslation("scorecard.office"));
        office.setItemLabelGenerator(OfficeSummary::name);
        office.addValueChangeListener(e -> showOffice(e.getValue()));
        // the source counts for both the side-by-side month and the office's history, and the download
        source.addValueChangeListener(e -> {
            showMonth(month.getValue());
            showOffice(office.getValue());
            downloadLink();
        });
        download.setId("scorecard-download");
        download.setText(getTranslation("scorecard.download", MONTHS));
        download.getElement().setAttribute("download", true);
        download.getElement().setAttribute("router-ignore", true);
        add(new H2(getTranslation("scorecard.title")), new Paragraph(getTranslation("scorecard.intro")), definitions,
                source, new H3(getTranslation("scorecard.side-by-side")), month, side,
                new H3(getTranslation("scorecard.history", MONTHS)), office, history, new Paragraph(VaadinIcon.DOWNLOAD.create(), download));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        YearMonth now = YearMonth.now(clock);
        month.setItems(IntStream.range(0, MONTHS).mapToObj(now::minusMonths).toList());
        month.setValue(now);
        downloadLink();
        List<OfficeSummary> active = offices.activeOffices();
        office.setItems(active);
        // start with an office that has cases this month, if any
        List<Long> busy = monthShown.stream().map(Scorecard::officeId).toList();
        office.setValue(active.stream().filter(o -> busy.contains(o.id())).findFirst().orElse(active.isEmpty() ? null : active.getFirst()));
        if (office.getValue() == null) {
            showOffice(null);
        }
    }

    private void downloadLink() {
        YearMonth now = YearMonth.now(clock);
        download.setHref("open-data/scorecards.csv?from=" + now.minusMonths(MONTHS - 1) + "&to=" + now
                + (source.getValue() == null ? "" : "&source=" + source.getValue().name().toLowerCase(java.util.Locale.ROOT)));
    }

    private void showMonth(YearMonth chosen) {
        side.removeAll();
        monthShown = chosen == null ? List.of() : scorecards.allOffices(source.getValue(), chosen);
        if (chosen == null) {
            return;
        }
        String name = ScorecardTable.month(chosen, getLocale());
        if (monthShown.isEmpty()) {
            side.add(new Paragraph(getTranslation("scorecard.empty.month", name)));
            return;
        }
        side.add(new ScorecardTable("scorecard-offices", getTranslation("scorecard.caption.month", name), "scorecard.column.office",
                monthShown, Scorecard::officeName));
    }

    private void showOffice(OfficeSummary chosen) {
        history.removeAll();
        if (chosen == null) {
            history.add(new Paragraph(getTranslation("scorecard.empty.offices")));
            return;
        }
        YearMonth last = YearMonth.now(clock);
        List<YearMonth> months = IntStream.range(0, MONTHS).mapToObj(i -> last.minusMonths(MONTHS - 1 - i)).toList();
        List<Scorecard> rows = scorecards.monthly(chosen.id(), source.getValue(), months.getFirst(), last);
        if (rows.isEmpty()) {
            history.add(new Paragraph(getTranslation("scorecard.empty.office", chosen.name(), MONTHS)));
            return;
        }
        Map<YearMonth, Scorecard> byMonth = rows.stream().collect(Collectors.toMap(Scorecard::month, Function.identity()));
        List<String> labels = months.stream().map(m -> ScorecardTable.month(m, getLocale())).toList();
        List<ScorecardChart.Series> series = List.of(
                line("scorecard.column.response", months, byMonth, Scorecard::responseRate),
                line("scorecard.column.resolution", months, byMonth, Scorecard::resolutionRate),
                line("scorecard.column.satisfaction", months, byMonth, Scorecard::satisfactionRate));
        history.add(new ScorecardChart(getTranslation("scorecard.chart.aria", chosen.name()), labels, series),
                new ScorecardTable("scorecard-months", getTranslation("scorecard.caption.office", chosen.name(), MONTHS),
                        "scorecard.column.month", rows, s -> ScorecardTable.month(s.month(), getLocale())));
    }

    private ScorecardChart.Series line(String key, List<YearMonth> months, Map<YearMonth, Scorecard> byMonth,
                                       Function<Scorecard, Double> rate) {
        // a list that may hold nulls (gaps), rounded to one decimal of a percent
        List<Double> percents = months.stream().map(m -> {
            Scorecard s = byMonth.get(m);
            Double r = s == null ? null : rate.apply(s);
            return r == null ? null : Math.round(r * 1000) / 10.0;
        }).collect(Collectors.toList());
        return new ScorecardChart.Series(getTranslation(key), percents);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scorecard.title");
    }
}
