package org.gridvoice.voting.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridvoice.shared.ui.EChart;

/** The counts per proposal as horizontal bars, one series per count (yes / no / abstain, approvals, or runoff rounds). */
class ResultChart extends EChart {

    /** One named series of values, one per category. */
    record Series(String name, List<Integer> values) {
    }

    ResultChart(String description, List<String> categories, List<Series> series) {
        super("result-chart", description, Math.max(240, 60 + 48 * categories.size()) + "px", option(categories, series));
    }

    private static Map<String, Object> option(List<String> categories, List<Series> series) {
        Map<String, Object> opt = new LinkedHashMap<>();
        opt.put("animation", false);
        opt.put("tooltip", Map.of("trigger", "axis"));
        opt.put("legend", Map.of("top", 0));
        opt.put("grid", Map.of("left", 8, "right", 24, "top", 32, "bottom", 8, "containLabel", true));
        opt.put("xAxis", Map.of("type", "value", "minInterval", 1));
        opt.put("yAxis", Map.of("type", "category", "inverse", true, "data", categories,
                "axisLabel", Map.of("width", 140, "overflow", "truncate")));
        opt.put("series", series.stream().map(s -> Map.of("name", s.name(), "type", "bar", "data", s.values(),
                "label", Map.of("show", true, "position", "right"))).toList());
        return opt;
    }
}
