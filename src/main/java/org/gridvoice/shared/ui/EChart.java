package org.gridvoice.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart drawn by ECharts from its WebJar (no frontend build), as one labelled image: the table
 * shown next to it holds the same figures and is what screen readers read. Sized from its own
 * element and redrawn when that resizes; a category axis' {@code axisLabel.width} on the y axis is
 * fitted to the width, so long Chinese titles stay readable on a phone.
 */
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
public class EChart extends Div {

    private static final JsonMapper JSON = new JsonMapper();

    private final String option;

    /** {@code option}: an ECharts option as maps and lists. */
    protected EChart(String id, String description, String height, Map<String, Object> option) {
        setId(id);
        addClassName("gv-chart");
        setWidthFull();
        setHeight(height);
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", description);
        this.option = JSON.writeValueAsString(option);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        getElement().executeJs("""
                const el = this;
                const option = JSON.parse($0);
                const fit = () => {
                  const label = option.yAxis && option.yAxis.axisLabel;
                  if (label && label.width) { label.width = Math.max(64, Math.min(160, el.clientWidth * 0.35)); }
                };
                const draw = () => {
                  const chart = echarts.getInstanceByDom(el) || echarts.init(el, null, {renderer: 'svg'});
                  fit();
                  chart.setOption(option, true);
                  if (!el.__gvObserver) {
                    el.__gvObserver = new ResizeObserver(() => { fit(); chart.setOption(option, true); chart.resize(); });
                    el.__gvObserver.observe(el);
                  }
                };
                if (window.echarts) { draw(); } else { setTimeout(draw, 300); }""", option);
    }
}
