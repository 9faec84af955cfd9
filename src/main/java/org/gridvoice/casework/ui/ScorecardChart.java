package org.gridvoice.casework.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * An office's rates over the months as ECharts lines, from the ECharts WebJar (no frontend
 * build). The table next to it holds the same figures and is what screen readers read; the
 * chart is one labelled image. A month without data is a gap in its line.
 */
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
class ScorecardChart extends Div {

    private static final JsonMapper JSON = new JsonMapper();

    /** One line: a value in percent per month, null where there is none. */
    record Series(String name, List<Double> percents) {
    }

    private final String option;

    ScorecardChart(String description, List<String> months, List<Series> series) {
        setId("scorecard-chart");
        addClassName("gv-chart");
        setWidthFull();
        setHeight("300px");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", description);
        Map<String, Object> opt = new LinkedHashMap<>();
        opt.put("animation", false);
        opt.put("tooltip", Map.of("trigger", "axis"));
        opt.put("legend", Map.of("top", 0));
        opt.put("grid", Map.of("left", 8, "right", 24, "top", 40, "bottom", 8, "containLabel", true));
        opt.put("xAxis", Map.of("type", "category", "boundaryGap", false, "data", months));
        opt.put("yAxis", Map.of("type", "value", "min", 0, "max", 100, "axisLabel", Map.of("formatter", "{value}%")));
        // "-" is ECharts' own mark for a missing value: the line breaks there
        opt.put("series", series.stream().map(s -> Map.of("name", s.name(), "type", "line", "connectNulls", false, "symbolSize", 8,
                "data", s.percents().stream().map(p -> p == null ? (Object) "-" : p).toList())).toList());
        option = JSON.writeValueAsString(opt);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        // sized from the element itself (it may be laid out after the script runs), and redrawn when it resizes
        getElement().executeJs("""
                const el = this;
                const draw = () => {
                  const chart = echarts.getInstanceByDom(el) || echarts.init(el, null, {renderer: 'svg'});
                  chart.setOption(JSON.parse($0), true);
                  if (!el.__gvObserver) {
                    el.__gvObserver = new ResizeObserver(() => chart.resize());
                    el.__gvObserver.observe(el);
                  }
                };
                if (window.echarts) { draw(); } else { setTimeout(draw, 300); }""", option);
    }
}
