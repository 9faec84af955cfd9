package org.gridvoice.casework.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridvoice.shared.ui.EChart;

/** An office's rates over the months as lines; a month without data is a gap in its line. */
class ScorecardChart extends EChart {

    /** One line: a value in percent per month, null where there is none. */
    record Series(String name, List<Double> percents) {
    }

    /** The ECharts option drawn (what the browser gets). */
    final Map<String, Object> option;

    ScorecardChart(String description, List<String> months, List<Series> series) {
        this(description, option(months, series));
    }

    private ScorecardChart(String description, Map<String, Object> option) {
        super("scorecard-chart", description, "300px", option);
        this.option = option;
    }

    private static Map<String, Object> option(List<String> months, List<Series> series) {
        Map<String, Object> opt = new LinkedHashMap<>();
        opt.put("animation", false);
        opt.put("tooltip", Map.of("trigger", "axis"));
        opt.put("legend", Map.of("top", 0));
        opt.put("grid", Map.of("left", 8, "right", 24, "top", 40, "bottom", 8, "containLabel", true));
        opt.put("xAxis", Map.of("type", "category", "boundaryGap", false, "data", months));
        opt.put("yAxis", Map.of("type", "value", "min", 0, "max", 100, "axisLabel", Map.of("formatter", "{value}%")));
        // "-" is ECharts' own mark for a missing value: the line breaks there
        // every point is drawn as a dot, so a month between gaps (or a series of one month) shows, not only lines between months
        opt.put("series", series.stream().map(s -> Map.of("name", s.name(), "type", "line", "connectNulls", false, "showSymbol", true,
                "showAllSymbol", true, "symbol", "circle", "symbolSize", points(s) <= 1 ? 12 : 8,
                "data", s.percents().stream().map(p -> p == null ? (Object) "-" : p).toList())).toList());
        return opt;
    }

    private static long points(Series series) {
        return series.percents().stream().filter(java.util.Objects::nonNull).count();
    }
}
