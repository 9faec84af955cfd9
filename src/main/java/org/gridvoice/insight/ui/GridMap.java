package org.gridvoice.insight.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.gridvoice.insight.RequestPoint;
import org.springframework.web.context.support.WebApplicationContextUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The grids of a street or community as polygons, drawn by ECharts from its WebJar (no tile server
 * needed): each grid shaded by one value, with a legend, and the requests that have coordinates as
 * dots. A click on a grid calls back with its id. One labelled image for screen readers: the screen
 * that places it shows the same figures in a table.
 *
 * <p>When {@code gridvoice.insight.tile-url} holds an XYZ template ({@code …/{z}/{x}/{y}.png}) its tiles
 * are drawn beneath the polygons, placed by converting each tile's corners to the map's pixels, and
 * drawn again after every pan, zoom and resize. Tiles are Web Mercator and the map is plain
 * longitude/latitude: within one tile of a street-sized area the difference is well under a pixel.
 */
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
public class GridMap extends Div {

    private static final JsonMapper JSON = new JsonMapper();
    /** Tiles drawn at most per view: a phone shows about a dozen, a wide screen two dozen. */
    private static final int MAX_TILES = 64;

    private final Div chart = new Div();
    private final Paragraph empty = new Paragraph();
    private final List<Consumer<Long>> clickListeners = new ArrayList<>();
    private final Set<Long> drawnGridIds = new HashSet<>();
    private String tileUrl;
    private String payload;

    /** A map whose base-map tiles come from the {@code gridvoice.insight.tile-url} property (none when it is empty). */
    public GridMap() {
        this(configuredTileUrl());
    }

    /** A map with these base-map tiles: an XYZ template, or null or blank for none. */
    public GridMap(String tileUrl) {
        this.tileUrl = tileUrl == null || tileUrl.isBlank() ? null : tileUrl.strip();
        setId("grid-map");
        addClassName("gv-grid-map");
        setWidthFull();
        // a flex child keeps its content's width unless told otherwise: the canvas must not hold a phone's page wide
        getStyle().set("min-width", "0");
        chart.setId("grid-map-chart");
        chart.setWidthFull();
        chart.getStyle().set("min-width", "0").set("overflow", "hidden");
        // tall enough for a street's grids at 1280 px, not more than most of a phone's screen at 375 px
        chart.getStyle().set("height", "min(70vh, 520px)").set("min-height", "280px");
        chart.getElement().setAttribute("role", "img");
        empty.setId("grid-map-empty");
        empty.setText(getTranslation("gridmap.empty"));
        empty.setVisible(false);
        add(chart, empty);
    }

    /**
     * What the map shows.
     *
     * @param featureCollectionJson the grids' boundaries as {@code GridBoundaryService} reads them: one
     *        feature per grid, property {@code name} = the grid id as a string, {@code gridName}, {@code communityName}
     * @param valueByGridId the value that shades each grid; a grid without one counts as 0
     * @param points requests with coordinates, drawn as dots (null for none)
     * @param legendTitle what the value is, e.g. "停车交通 · 诉求数", shown on the legend and read in the aria-label
     */
    public void setData(String featureCollectionJson, Map<Long, Long> valueByGridId, List<RequestPoint> points, String legendTitle) {
        JsonNode collection = JSON.readTree(featureCollectionJson == null ? "{}" : featureCollectionJson);
        drawnGridIds.clear();
        Map<String, Object> names = new LinkedHashMap<>();
        List<Map<String, Object>> values = new ArrayList<>();
        collection.path("features").forEach(feature -> {
            JsonNode properties = feature.path("properties");
            String name = properties.path("name").asString("");
            try {
                drawnGridIds.add(Long.valueOf(name));
            } catch (NumberFormatException e) {
                return;
            }
            names.put(name, properties.path("gridName").asString(name));
            long value = valueByGridId == null ? 0 : valueByGridId.getOrDefault(Long.valueOf(name), 0L);
            values.add(Map.of("name", name, "value", value));
        });
        List<List<Object>> dots = new ArrayList<>();
        if (points != null) {
            for (RequestPoint p : points) {
                if (p.latitude() != null && p.longitude() != null) {
                    dots.add(List.of(p.longitude().doubleValue(), p.latitude().doubleValue(), p.requestId()));
                }
            }
        }
        boolean nothing = drawnGridIds.isEmpty();
        empty.setVisible(nothing);
        chart.setVisible(!nothing);
        String title = legendTitle == null ? getTranslation("gridmap.value") : legendTitle;
        chart.getElement().setAttribute("aria-label", getTranslation("gridmap.aria", title));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("map", collection);
        data.put("names", names);
        data.put("values", values);
        data.put("points", dots);
        data.put("legend", title);
        data.put("pointsName", getTranslation("gridmap.points"));
        data.put("tileUrl", tileUrl);
        data.put("maxTiles", MAX_TILES);
        payload = nothing ? null : JSON.writeValueAsString(data);
        if (isAttached()) {
            draw();
        }
    }

    /** Called with the grid's id when someone clicks a grid's polygon. */
    public Registration addGridClickListener(Consumer<Long> listener) {
        clickListeners.add(listener);
        return () -> clickListeners.remove(listener);
    }

    /** Base-map tiles from now on: an XYZ template, or null for none; takes effect at the next {@link #setData}. */
    public void setTileUrl(String tileUrl) {
        this.tileUrl = tileUrl == null || tileUrl.isBlank() ? null : tileUrl.strip();
    }

    public String getTileUrl() {
        return tileUrl;
    }

    /** From the browser; only grids the map was given are believed. */
    @ClientCallable
    private void gridClicked(String gridId) {
        Long id;
        try {
            id = Long.valueOf(gridId);
        } catch (NumberFormatException e) {
            return;
        }
        if (drawnGridIds.contains(id)) {
            List.copyOf(clickListeners).forEach(listener -> listener.accept(id));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (payload != null) {
            draw();
        }
    }

    private void draw() {
        chart.getElement().executeJs(SCRIPT, payload, getElement());
    }

    private static String configuredTileUrl() {
        VaadinServlet servlet = VaadinServlet.getCurrent();
        if (servlet == null) {
            return null;
        }
        var context = WebApplicationContextUtils.getWebApplicationContext(servlet.getServletContext());
        return context == null ? null : context.getEnvironment().getProperty("gridvoice.insight.tile-url", "");
    }

    // $0: the data above; $1: this component's element, whose $server receives the clicks
    private static final String SCRIPT = """
            const el = this;
            const host = $1;
            const data = JSON.parse($0);
            const mapName = 'gv-grids-' + (el.__gvMapSeq = (el.__gvMapSeq || 0) + 1);
            const start = (tries) => {
              if (!window.echarts) { if (tries < 50) { setTimeout(() => start(tries + 1), 100); } return; }
              echarts.registerMap(mapName, data.map);
              const chart = echarts.getInstanceByDom(el) || echarts.init(el, null, {renderer: 'canvas'});
              const max = Math.max(1, ...data.values.map(v => v.value));
              // the grids' extent, to keep their true shape: a degree of longitude is cos(latitude) of a degree of latitude
              const box = [Infinity, Infinity, -Infinity, -Infinity];
              const walk = c => { if (typeof c[0] === 'number') { box[0] = Math.min(box[0], c[0]); box[1] = Math.min(box[1], c[1]);
                box[2] = Math.max(box[2], c[0]); box[3] = Math.max(box[3], c[1]); } else { c.forEach(walk); } };
              data.map.features.forEach(f => walk(f.geometry.coordinates));
              const aspectScale = Math.cos((box[1] + box[3]) / 2 * Math.PI / 180);
              const aspect = Math.max(1e-9, (box[2] - box[0]) * aspectScale) / Math.max(1e-9, box[3] - box[1]);
              // the largest rectangle of that shape that fits above the legend, centred
              const fit = () => {
                const w = Math.max(40, el.clientWidth - 16), h = Math.max(40, el.clientHeight - 76);
                const width = Math.min(w, h * aspect), height = width / aspect;
                return {left: (el.clientWidth - width) / 2, top: 8 + (h - height) / 2, width: width, height: height};
              };
              const tiles = !!data.tileUrl;
              chart.setOption({
                animation: false,
                tooltip: {trigger: 'item', confine: true, formatter: p => p.seriesType === 'scatter'
                    ? data.pointsName + ' #' + p.value[2]
                    : (data.names[p.name] || p.name) + '<br>' + data.legend + ': ' + (p.value == null || isNaN(p.value) ? 0 : p.value)},
                visualMap: {type: 'continuous', min: 0, max: max, seriesIndex: 0, calculable: false, orient: 'horizontal',
                  left: 'center', bottom: 4, itemHeight: Math.min(200, el.clientWidth * 0.5), text: [String(max), '0'],
                  // over a base map the shading is see-through, so streets stay readable beneath
                  inRange: {color: tiles ? ['rgba(239,243,255,0.55)', 'rgba(107,174,214,0.6)', 'rgba(8,48,107,0.65)']
                    : ['#eff3ff', '#6baed6', '#08306b']}},
                title: {text: data.legend, left: 'center', bottom: 26, textStyle: {fontSize: 12, fontWeight: 'normal'}},
                geo: Object.assign({map: mapName, roam: true, aspectScale: aspectScale, z: 2}, fit(),
                  {label: {show: true, fontSize: 11, formatter: p => data.names[p.name] || p.name},
                  itemStyle: {borderColor: '#333', borderWidth: 1, areaColor: tiles ? 'rgba(255,255,255,0.3)' : '#f2f2f2'},
                  emphasis: {label: {show: true}, itemStyle: {areaColor: '#fdd49e'}}}),
                series: [
                  {type: 'map', geoIndex: 0, data: data.values},
                  {type: 'scatter', coordinateSystem: 'geo', data: data.points, symbolSize: 5, z: 5,
                    itemStyle: {color: '#d94801', opacity: 0.75}}
                ],
                graphic: {elements: []}
              }, true);
              const lon2x = (lon, z) => (lon + 180) / 360 * Math.pow(2, z);
              const lat2y = (lat, z) => { const r = lat * Math.PI / 180;
                return (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * Math.pow(2, z); };
              const x2lon = (x, z) => x / Math.pow(2, z) * 360 - 180;
              const y2lat = (y, z) => { const n = Math.PI - 2 * Math.PI * y / Math.pow(2, z);
                return 180 / Math.PI * Math.atan(0.5 * (Math.exp(n) - Math.exp(-n))); };
              // base-map tiles beneath the polygons, at the zoom whose tiles come closest to 256 px here
              const drawTiles = () => {
                if (!tiles) { return; }
                const w = el.clientWidth, h = el.clientHeight;
                const a = chart.convertFromPixel({geoIndex: 0}, [0, 0]), b = chart.convertFromPixel({geoIndex: 0}, [w, h]);
                if (!a || !b || !(b[0] > a[0])) { return; }
                const perDegree = w / (b[0] - a[0]);
                const z = Math.max(0, Math.min(19, Math.round(Math.log2(perDegree * 360 / 256))));
                const lat0 = Math.max(-85, Math.min(85, a[1])), lat1 = Math.max(-85, Math.min(85, b[1]));
                const x0 = Math.floor(lon2x(Math.max(-180, a[0]), z)), x1 = Math.floor(lon2x(Math.min(179.999, b[0]), z));
                const y0 = Math.floor(lat2y(Math.max(lat0, lat1), z)), y1 = Math.floor(lat2y(Math.min(lat0, lat1), z));
                const elements = [];
                for (let x = x0; x <= x1; x++) {
                  for (let y = y0; y <= y1; y++) {
                    if (elements.length >= data.maxTiles) { break; }
                    const tl = chart.convertToPixel({geoIndex: 0}, [x2lon(x, z), y2lat(y, z)]);
                    const br = chart.convertToPixel({geoIndex: 0}, [x2lon(x + 1, z), y2lat(y + 1, z)]);
                    const url = data.tileUrl.replace('{z}', z).replace('{x}', x).replace('{y}', y);
                    elements.push({type: 'image', silent: true, z: -10, x: tl[0], y: tl[1],
                      style: {image: url, width: br[0] - tl[0], height: br[1] - tl[1]}});
                  }
                }
                chart.setOption({graphic: {elements: elements}}, {replaceMerge: ['graphic']});
                el.dataset.tiles = String(elements.length);
              };
              drawTiles();
              chart.off('georoam');
              chart.on('georoam', () => setTimeout(drawTiles, 0));
              chart.off('click');
              chart.on('click', p => {
                if ((p.componentType === 'geo' || p.seriesType === 'map') && data.names[p.name] !== undefined) {
                  host.$server.gridClicked(p.name);
                }
              });
              if (!el.__gvObserver) {
                el.__gvObserver = new ResizeObserver(() => { const c = echarts.getInstanceByDom(el);
                  if (c) { c.resize(); if (el.__gvRelayout) { el.__gvRelayout(); } } });
                el.__gvObserver.observe(el);
              }
              // after a resize: the same shape refitted (this resets a pan or zoom), the legend's length, then the tiles
              el.__gvRelayout = () => {
                chart.setOption({geo: fit(), visualMap: {itemHeight: Math.min(200, el.clientWidth * 0.5)}});
                drawTiles();
              };
              el.dataset.regions = String(data.values.length);
              el.dataset.ready = 'true';
            };
            start(0);""";
}
