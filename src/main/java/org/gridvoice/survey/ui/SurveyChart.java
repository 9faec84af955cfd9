package org.gridvoice.survey.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridvoice.shared.ui.EChart;

/**
 * A question's results drawn by ECharts: horizontal bars of the counts per choice or per point of the scale,
 * or, for a matrix, one stacked bar per row with a segment per column. The table beside it holds the same figures.
 */
final class SurveyChart extends EChart {

    private SurveyChart(String id, String description, String height, Map<String, Object> option) {
        super(id, description, height, option);
    }

    static SurveyChart bars(String id, String description, List<String> labels, List<Integer> counts) {
        Map<String, Object> opt = base(labels);
        opt.put("series", List.of(Map.of("type", "bar", "data", counts, "label", Map.of("show", true, "position", "right"))));
        return new SurveyChart(id, description, height(labels.size()), opt);
    }

    static SurveyChart stacked(String id, String description, List<String> rows, List<String> columns, List<List<Integer>> matrix) {
        Map<String, Object> opt = base(rows);
        opt.put("legend", Map.of("top", 0));
        opt.put("grid", Map.of("left", 8, "right", 24, "top", 56, "bottom", 8, "containLabel", true));
        List<Map<String, Object>> series = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            List<Map<String, Object>> values = new ArrayList<>();
            for (List<Integer> row : matrix) {
                int value = c < row.size() ? row.get(c) : 0;
                // an empty segment has no width: its "0" would sit on its neighbour
                values.add(Map.of("value", value, "label", Map.of("show", value > 0)));
            }
            series.add(Map.of("name", columns.get(c), "type", "bar", "stack", "all", "data", values,
                    "label", Map.of("show", true)));
        }
        opt.put("series", series);
        return new SurveyChart(id, description, Math.max(240, 100 + 44 * rows.size()) + "px", opt);
    }

    private static Map<String, Object> base(List<String> categories) {
        Map<String, Object> opt = new LinkedHashMap<>();
        opt.put("animation", false);
        opt.put("tooltip", Map.of("trigger", "axis"));
        opt.put("grid", Map.of("left", 8, "right", 32, "top", 8, "bottom", 8, "containLabel", true));
        opt.put("xAxis", Map.of("type", "value", "minInterval", 1));
        opt.put("yAxis", Map.of("type", "category", "inverse", true, "data", categories,
                "axisLabel", Map.of("width", 140, "overflow", "truncate")));
        return opt;
    }

    private static String height(int categories) {
        return Math.max(200, 40 + 40 * categories) + "px";
    }
}
