package org.gridvoice.voting.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridvoice.shared.ui.EChart;

/**
 * A budget result's votes per project as one horizontal bar each, coloured by whether the project was
 * funded (two stacked series, so a project has one bar and one figure).
 */
class BudgetChart extends EChart {

    BudgetChart(String description, List<String> projects, String fundedName, List<Integer> funded, String otherName, List<Integer> other) {
        super("result-chart", description, Math.max(240, 60 + 40 * projects.size()) + "px", option(projects, fundedName, funded, otherName, other));
    }

    private static Map<String, Object> option(List<String> projects, String fundedName, List<Integer> funded, String otherName,
                                              List<Integer> other) {
        Map<String, Object> opt = new LinkedHashMap<>();
        opt.put("animation", false);
        opt.put("tooltip", Map.of("trigger", "axis"));
        opt.put("legend", Map.of("top", 0));
        opt.put("grid", Map.of("left", 8, "right", 24, "top", 32, "bottom", 8, "containLabel", true));
        opt.put("xAxis", Map.of("type", "value", "minInterval", 1));
        opt.put("yAxis", Map.of("type", "category", "inverse", true, "data", projects,
                "axisLabel", Map.of("width", 140, "overflow", "truncate")));
        opt.put("series", List.of(series(fundedName, funded, "#2e7d32"), series(otherName, other, "#9e9e9e")));
        return opt;
    }

    // zero is drawn as no bar and no figure: each project's votes show once, on the bar of its outcome
    private static Map<String, Object> series(String name, List<Integer> values, String colour) {
        List<Object> data = values.stream().map(v -> v == 0 ? (Object) "-" : v).toList();
        return Map.of("name", name, "type", "bar", "stack", "votes", "data", data, "itemStyle", Map.of("color", colour),
                "label", Map.of("show", true, "position", "right"));
    }
}
