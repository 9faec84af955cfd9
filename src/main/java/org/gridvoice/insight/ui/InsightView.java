package org.gridvoice.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gridvoice.insight.CategoryRef;
import org.gridvoice.insight.GridRef;
import org.gridvoice.insight.HeatTable;
import org.gridvoice.insight.HotspotAgenda;
import org.gridvoice.insight.InsightQuery;
import org.gridvoice.insight.InsightScope;
import org.gridvoice.insight.InsightService;
import org.gridvoice.insight.Metric;
import org.gridvoice.insight.OfficeLoad;
import org.gridvoice.insight.PeriodKind;
import org.gridvoice.insight.RequestRoutes;
import org.gridvoice.insight.Trend;
import org.gridvoice.insight.TrendBy;
import org.gridvoice.place.CategoryService;
import org.gridvoice.place.CategorySummary;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.place.GridBoundaryService;
import org.gridvoice.place.OfficeKind;
import org.gridvoice.place.PlaceService;
import org.gridvoice.place.StreetSummary;

/**
 * Demand insight, public: the grid map shaded by the chosen metric (a grid's figures and requests on a
 * click, or from the grid picker for keyboard users), the heat table grid × category, the trends, the
 * hotspots with the numbers behind each and the rule stated (the committee of a hotspot's community
 * may put it on the agenda), and the duty load of grid stations and street departments. Every chart
 * has a table beside it and CSV/JSON downloads of exactly what it shows. Anchored sections rather than
 * tabs, so each chart is laid out at its real width, also at 375 px. The view keeps only the filter
 * values and the small records of what it shows.
 */
@Route("insight")
@AnonymousAllowed
@Menu(title = "insightview.nav", order = 5.8, icon = "vaadin:chart-grid")
public class InsightView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    /** One choice of the area filter: a whole street, or one community of it. */
    record Area(Long streetId, Long communityId, String label) {
    }

    static final int POINTS = 500;

    private final InsightService insight;
    private final GridBoundaryService boundaries;
    private final Clock clock;
    private final FiguresPanel figures;
    private final HotspotSection hotspots;

    final Select<Area> area = new Select<>();
    final Select<CategorySummary> category = new Select<>();
    final Select<Metric> metric = new Select<>();
    final Select<InsightSpan> span = new Select<>();
    final RadioButtonGroup<PeriodKind> period = new RadioButtonGroup<>();
    final Select<GridRef> gridPicker = new Select<>();
    private final GridMap map = new GridMap();
    private final Div mapSection = new Div();
    private final Div heatSection = new Div();
    private final Div trendSection = new Div();
    private final Div dutySection = new Div();

    public InsightView(InsightService insight, PlaceService places, CategoryService categories, GridBoundaryService boundaries,
                       HotspotAgenda agenda, RequestRoutes requestRoutes, Clock clock) {
        this.insight = insight;
        this.boundaries = boundaries;
        this.clock = clock;
        addClassName("gv-page");
        setId("insight");
        figures = new FiguresPanel(insight, requestRoutes);
        hotspots = new HotspotSection(insight, agenda, gridId -> {
            gridPicker.getListDataView().getItems().filter(g -> g.id().equals(gridId)).findFirst().ifPresent(gridPicker::setValue);
            figures.getElement().callJsFunction("scrollIntoView");
        });

        List<Area> areas = new ArrayList<>();
        for (StreetSummary street : places.activeStreets()) {
            areas.add(new Area(street.id(), null, getTranslation("insightview.filter.whole-street", street.name())));
            for (CommunitySummary community : places.activeCommunities()) {
                if (community.streetId().equals(street.id())) {
                    areas.add(new Area(street.id(), community.id(), community.name()));
                }
            }
        }
        area.setId("insight-area");
        area.setLabel(getTranslation("insightview.filter.area"));
        area.setItems(areas);
        area.setItemLabelGenerator(Area::label);
        if (!areas.isEmpty()) {
            area.setValue(areas.getFirst());
        }
        category.setId("insight-category");
        category.setLabel(getTranslation("insightview.filter.category"));
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("insightview.filter.all-categories"));
        category.setItems(categories.activeCategories());
        category.setItemLabelGenerator(c -> c == null ? getTranslation("insightview.filter.all-categories") : name(c));
        metric.setId("insight-metric");
        metric.setLabel(getTranslation("insightview.filter.metric"));
        metric.setItems(Metric.values());
        metric.setItemLabelGenerator(m -> getTranslation("insightview.metric." + m.name()));
        metric.setValue(Metric.REQUESTS);
        span.setId("insight-span");
        span.setLabel(getTranslation("insightview.filter.span"));
        span.setItems(InsightSpan.values());
        span.setItemLabelGenerator(s -> getTranslation("insightview.span." + s.name()));
        span.setValue(InsightSpan.LAST_12_MONTHS);
        period.setId("insight-period");
        period.setLabel(getTranslation("insightview.filter.period"));
        period.setItems(PeriodKind.values());
        period.setItemLabelGenerator(p -> getTranslation("insightview.period." + p.name()));
        period.setValue(PeriodKind.MONTH);
        for (var field : List.of(area, category, metric, span)) {
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    refresh();
                }
            });
        }
        period.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                refresh();
            }
        });
        FlexLayout filters = new FlexLayout(area, category, metric, span, period);
        filters.setId("insight-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)").set("align-items", "flex-end");
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", getTranslation("insightview.filter.label"));

        gridPicker.setId("insight-grid-picker");
        gridPicker.setLabel(getTranslation("insightview.map.pick"));
        gridPicker.setItemLabelGenerator(g -> g == null ? "" : g.name() + " · " + g.communityName());
        gridPicker.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                showFigures(e.getValue().id());
            }
        });
        map.addGridClickListener(gridId -> gridPicker.getListDataView().getItems().filter(g -> g.id().equals(gridId)).findFirst()
                .ifPresentOrElse(gridPicker::setValue, () -> showFigures(gridId)));

        add(new H2(getPageTitle()), new Paragraph(getTranslation("insightview.intro")), filters, contents(),
                section("insight-map-section", "insightview.map.title", mapSection),
                section("insight-heat-section", "insightview.heat.title", heatSection),
                section("insight-trend-section", "insightview.trend.title", trendSection),
                section("insight-hotspot-section", "hotspot.title", hotspots),
                section("insight-duty-section", "insightview.duty.title", dutySection));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getSingleParameter("community");
        params.flatMap(InsightView::parse).flatMap(id -> area.getListDataView().getItems()
                .filter(a -> id.equals(a.communityId())).findFirst()).ifPresent(area::setValue);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("insightview.title");
    }

    /** In-page links to the sections: the short way down a long page, by keyboard too. */
    private Nav contents() {
        Nav nav = new Nav();
        nav.setId("insight-contents");
        nav.getElement().setAttribute("aria-label", getTranslation("insightview.contents"));
        nav.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("margin", "var(--lumo-space-m) 0");
        for (String[] s : new String[][] {{"insight-map-section", "insightview.map.title"}, {"insight-heat-section", "insightview.heat.title"},
                {"insight-trend-section", "insightview.trend.title"}, {"insight-hotspot-section", "hotspot.title"},
                {"insight-duty-section", "insightview.duty.title"}}) {
            Anchor link = new Anchor("insight#" + s[0], getTranslation(s[1]));
            link.setRouterIgnore(true);
            // in-page, without leaving the view (its query would be lost): scroll and move the focus to the heading
            link.getElement().executeJs("""
                    this.addEventListener('click', ev => {
                      ev.preventDefault();
                      const heading = document.getElementById($0 + '-heading');
                      heading.setAttribute('tabindex', '-1');
                      heading.scrollIntoView();
                      heading.focus({preventScroll: true});
                    })""", s[0]);
            nav.add(link);
        }
        return nav;
    }

    private Section section(String id, String titleKey, Component body) {
        Section section = new Section();
        section.setId(id);
        H3 heading = new H3(getTranslation(titleKey));
        heading.setId(id + "-heading");
        section.getElement().setAttribute("aria-labelledby", id + "-heading");
        section.getStyle().set("margin-top", "var(--lumo-space-l)");
        section.add(heading, body);
        return section;
    }

    /** Reads every section again for the filters' values. */
    void refresh() {
        Area a = area.getValue();
        if (a == null) {
            return;
        }
        InsightScope scope = new InsightScope(a.streetId(), a.communityId());
        LocalDate today = LocalDate.now(clock);
        PeriodKind kind = Objects.requireNonNullElse(period.getValue(), PeriodKind.MONTH);
        InsightSpan s = Objects.requireNonNullElse(span.getValue(), InsightSpan.LAST_12_MONTHS);
        Long categoryId = category.getValue() == null ? null : category.getValue().id();
        Metric m = Objects.requireNonNullElse(metric.getValue(), Metric.REQUESTS);
        InsightQuery query = new InsightQuery(scope, m, kind, s.from(kind, today), InsightSpan.to(kind, today), categoryId);
        HeatTable heat = insight.heatTable(query);
        showMap(query, heat);
        showHeat(query, heat);
        showTrend(query);
        hotspots.show(scope, getLocale());
        showDuty(a.streetId());
        figures.setQuery(query);
    }

    private void showMap(InsightQuery query, HeatTable heat) {
        mapSection.removeAll();
        GridRef chosen = gridPicker.getValue();
        gridPicker.setItems(heat.grids());
        if (chosen != null) {
            heat.grids().stream().filter(g -> g.id().equals(chosen.id())).findFirst().ifPresent(gridPicker::setValue);
        }
        Map<Long, Long> values = new LinkedHashMap<>();
        for (int r = 0; r < heat.grids().size(); r++) {
            values.put(heat.grids().get(r).id(), heat.rowTotals()[r]);
        }
        String json = query.scope().communityId() != null ? boundaries.communityBoundaries(query.scope().communityId())
                : boundaries.streetBoundaries(query.scope().streetId());
        String what = category.getValue() == null ? getTranslation("insightview.filter.all-categories") : name(category.getValue());
        map.setData(json, values, insight.requestPoints(query, POINTS), what + " · " + metricName(query));
        Paragraph help = new Paragraph(getTranslation("insightview.map.help"));
        if (heat.total() == 0) {
            Paragraph empty = new Paragraph(getTranslation("insightview.empty"));
            empty.setId("insight-map-empty");
            mapSection.add(empty);
        }
        mapSection.add(help, map, gridPicker, figures);
    }

    private void showHeat(InsightQuery query, HeatTable heat) {
        heatSection.removeAll();
        heatSection.add(new Downloads("insight-heat", "heat", params(query), getTranslation("insightview.heat.csv"),
                getTranslation("insightview.heat.json")));
        Paragraph total = new Paragraph(getTranslation("insightview.heat.total", metricName(query), String.valueOf(heat.total())));
        total.setId("insight-heat-total");
        heatSection.add(total);
        if (heat.total() == 0 || heat.grids().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("insightview.empty"));
            empty.setId("insight-heat-empty");
            heatSection.add(empty);
            return;
        }
        List<String> grids = heat.grids().stream().map(GridRef::name).toList();
        List<String> cats = heat.categories().stream().map(this::name).toList();
        heatSection.add(new HeatChart(getTranslation("insightview.heat.description", metricName(query)), grids, cats, heat.counts()));
        List<String> headers = new ArrayList<>();
        headers.add(getTranslation("insightview.column.grid"));
        headers.addAll(cats);
        headers.add(getTranslation("insightview.column.total"));
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < grids.size(); r++) {
            List<String> row = new ArrayList<>();
            row.add(heat.grids().get(r).name() + (query.scope().communityId() == null ? " · " + heat.grids().get(r).communityName() : ""));
            Arrays.stream(heat.counts()[r]).forEach(v -> row.add(String.valueOf(v)));
            row.add(String.valueOf(heat.rowTotals()[r]));
            rows.add(row);
        }
        List<String> totals = new ArrayList<>();
        totals.add(getTranslation("insightview.column.total"));
        Arrays.stream(heat.columnTotals()).forEach(v -> totals.add(String.valueOf(v)));
        totals.add(String.valueOf(heat.total()));
        rows.add(totals);
        heatSection.add(new DataTable("insight-heat-table", getTranslation("insightview.heat.caption", metricName(query)), headers, rows));
    }

    private void showTrend(InsightQuery query) {
        trendSection.removeAll();
        TrendBy by = query.categoryId() == null ? TrendBy.CATEGORY : TrendBy.GRID;
        Trend trend = insight.trend(query.scope(), query.metric(), query.period(), query.from(), query.to(), by, null, query.categoryId());
        Map<String, Object> params = params(query);
        params.put("by", by.name());
        trendSection.add(new Paragraph(getTranslation("insightview.trend.by." + by.name())),
                new Downloads("insight-trend", "trend", params, getTranslation("insightview.trend.csv"),
                        getTranslation("insightview.trend.json")));
        boolean any = trend.series().stream().anyMatch(s -> Arrays.stream(s.counts()).anyMatch(v -> v > 0));
        if (!any) {
            Paragraph empty = new Paragraph(getTranslation("insightview.empty"));
            empty.setId("insight-trend-empty");
            trendSection.add(empty);
            return;
        }
        boolean zh = zh();
        List<String> periods = trend.periods().stream().map(LocalDate::toString).toList();
        List<TrendChart.Line> lines = trend.series().stream().map(s -> new TrendChart.Line(zh ? s.labelZh() : s.labelEn(), s.counts()))
                .toList();
        trendSection.add(new TrendChart(getTranslation("insightview.trend.description", metricName(query)), periods, lines));
        List<String> headers = new ArrayList<>();
        headers.add(getTranslation("insightview.column.period"));
        lines.forEach(l -> headers.add(l.name()));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(periods.get(i));
            for (TrendChart.Line l : lines) {
                row.add(String.valueOf(l.counts()[i]));
            }
            rows.add(row);
        }
        trendSection.add(new DataTable("insight-trend-table", getTranslation("insightview.trend.caption", metricName(query)), headers, rows));
    }

    private void showDuty(Long streetId) {
        dutySection.removeAll();
        List<OfficeLoad> load = insight.dutyLoad(streetId);
        dutySection.add(new Paragraph(getTranslation("insightview.duty.intro")), new Downloads("insight-duty", "duty-load",
                new LinkedHashMap<>(Map.of("street", streetId)), getTranslation("insightview.duty.csv"), getTranslation("insightview.duty.json")));
        if (load.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("insightview.duty.empty"));
            empty.setId("insight-duty-empty");
            dutySection.add(empty);
            return;
        }
        FlexLayout side = new FlexLayout();
        side.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        side.getStyle().set("gap", "var(--lumo-space-l)");
        for (OfficeKind kind : OfficeKind.values()) {
            List<String> headers = List.of(getTranslation("insightview.duty.office"), getTranslation("insightview.duty.leads"),
                    getTranslation("insightview.duty.co-handles"), getTranslation("insightview.duty.open"),
                    getTranslation("insightview.duty.late"), getTranslation("insightview.duty.escalated"),
                    getTranslation("insightview.duty.staff"), getTranslation("insightview.duty.per-staff"));
            List<List<String>> rows = load.stream().filter(o -> o.kind() == kind).map(o -> List.of(o.name(), String.valueOf(o.leads()),
                    String.valueOf(o.coHandles()), String.valueOf(o.open()), String.valueOf(o.late()), String.valueOf(o.escalated()),
                    String.valueOf(o.staff()), o.openPerStaff() == null ? "–" : String.format(getLocale(), "%.1f", o.openPerStaff())))
                    .toList();
            Div column = new Div(new DataTable("insight-duty-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    getTranslation("insightview.duty.kind." + kind.name()), headers, rows));
            column.getStyle().set("flex", "1 1 320px").set("min-width", "0");
            side.add(column);
        }
        dutySection.add(side);
    }

    private void showFigures(Long gridId) {
        figures.show(gridId, getLocale());
    }

    /** The export parameters of what the map and heat table show. */
    static Map<String, Object> params(InsightQuery query) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("street", query.scope().streetId());
        params.put("community", query.scope().communityId());
        params.put("metric", query.metric().name());
        params.put("period", query.period().name());
        params.put("from", query.from());
        params.put("to", query.to());
        params.put("category", query.categoryId());
        return params;
    }

    private String metricName(InsightQuery query) {
        return getTranslation("insightview.metric." + query.metric().name());
    }

    private boolean zh() {
        return "zh".equals(getLocale().getLanguage());
    }

    private String name(CategorySummary c) {
        return zh() ? c.nameZh() : c.nameEn();
    }

    private String name(CategoryRef c) {
        return zh() ? c.nameZh() : c.nameEn();
    }

    private static java.util.Optional<Long> parse(String text) {
        try {
            return java.util.Optional.of(Long.valueOf(text));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
