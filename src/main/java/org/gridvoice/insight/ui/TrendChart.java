package org.gridvoice.insight.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridvoice.shared.ui.EChart;

/** One line per grid or category over the periods. */
class TrendChart extends EChart {

    record Line(String name, long[] counts) {
    }

    TrendChart(String description, List<String> periods, List<Line> lines) {
        super("insight-trend-chart", description, "300px", option(periods, lines));
    }

    private static Map<String, Object> option(List<String> periods, List<Line> lines) {
        Map<String, Object> opt = new LinkedHashMap<>();
        opt.put("animation", false);
        opt.put("tooltip", Map.of("trigger", "axis"));
        opt.put("legend", Map.of("top", 0, "type", "scroll"));
        opt.put("grid", Map.of("left", 8, "right", 24, "top", 40, "bottom", 8, "containLabel", true));
        opt.put("xAxis", Map.of("type", "category", "boundaryGap", false, "data", periods));
        opt.put("yAxis", Map.of("type", "value", "minInterval", 1));
        opt.put("series", lines.stream().map(l -> Map.of("name", l.name(), "type", "line", "showSymbol", periods.size() <= 16,
                "data", java.util.Arrays.stream(l.counts()).boxed().toList())).toList());
        return opt;
    }
}
