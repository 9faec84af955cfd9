package org.gridvoice.insight.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridvoice.shared.ui.EChart;

/** The heat table as an ECharts heatmap: grids down, categories across, darker for more. */
class HeatChart extends EChart {

    HeatChart(String description, List<String> grids, List<String> categories, long[][] counts) {
        super("insight-heat-chart", description, Math.max(240, 60 + 28 * grids.size()) + "px", option(grids, categories, counts));
    }

    private static Map<String, Object> option(List<String> grids, List<String> categories, long[][] counts) {
        List<List<Long>> data = new ArrayList<>();
        long max = 1;
        for (int r = 0; r < counts.length; r++) {
            for (int c = 0; c < counts[r].length; c++) {
                data.add(List.of((long) c, (long) r, counts[r][c]));
                max = Math.max(max, counts[r][c]);
            }
        }
        Map<String, Object> opt = new LinkedHashMap<>();
        opt.put("animation", false);
        opt.put("tooltip", Map.of("position", "top"));
        opt.put("grid", Map.of("left", 8, "right", 8, "top", 8, "bottom", 56, "containLabel", true));
        opt.put("xAxis", Map.of("type", "category", "data", categories, "axisLabel", Map.of("rotate", 45, "interval", 0)));
        opt.put("yAxis", Map.of("type", "category", "data", grids, "axisLabel", Map.of("width", 120, "overflow", "truncate")));
        opt.put("visualMap", Map.of("min", 0, "max", max, "calculable", true, "orient", "horizontal", "left", "center", "bottom", 0,
                "itemHeight", 80, "inRange", Map.of("color", List.of("#f7fbff", "#6baed6", "#08306b"))));
        opt.put("series", List.of(Map.of("type", "heatmap", "data", data, "label", Map.of("show", categories.size() <= 12))));
        return opt;
    }
}
