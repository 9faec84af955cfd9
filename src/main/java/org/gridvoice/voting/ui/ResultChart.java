package org.gridvoice.voting.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bar chart drawn by ECharts, served from its WebJar (no frontend build). It repeats the table
 * next to it, which is what screen readers read: the chart itself is one labelled image.
 */
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
class ResultChart extends Div {

    private static final JsonMapper JSON = new JsonMapper();

    /** One named series of values, one per category. */
    record Series(String name, List<Integer> values) {
    }

    private final String option;

    ResultChart(String description, List<String> categories, List<Series> series) {
        setId("result-chart");
        addClassName("gv-chart");
        setWidthFull();
        setHeight(Math.max(240, 60 + 48 * categories.size()) + "px");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", description);
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
                  const option = JSON.parse($0);
                  option.yAxis.axisLabel.width = Math.max(64, Math.min(160, el.clientWidth * 0.35));
                  chart.setOption(option);
                  if (!el.__gvObserver) {
                    el.__gvObserver = new ResizeObserver(() => {
                      option.yAxis.axisLabel.width = Math.max(64, Math.min(160, el.clientWidth * 0.35));
                      chart.setOption(option);
                      chart.resize();
                    });
                    el.__gvObserver.observe(el);
                  }
                };
                if (window.echarts) { draw(); } else { setTimeout(draw, 300); }""", option);
    }
}
