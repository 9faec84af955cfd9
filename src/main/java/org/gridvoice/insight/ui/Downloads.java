package org.gridvoice.insight.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The CSV and JSON download links of one chart or table: the insight export endpoints with exactly the
 * parameters the screen used, so the file holds what the screen shows.
 */
class Downloads extends Div {

    /** {@code what}: the export's name ({@code heat}); {@code label}: what it is, for the links' accessible names. */
    Downloads(String idPrefix, String what, Map<String, Object> params, String csvLabel, String jsonLabel) {
        addClassName("gv-insight-downloads");
        getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");
        add(link(idPrefix + "-csv", url(what, "csv", params), "CSV", csvLabel), link(idPrefix + "-json", url(what, "json", params), "JSON",
                jsonLabel));
    }

    static String url(String what, String extension, Map<String, Object> params) {
        String query = params.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return "insight/export/" + what + "." + extension + (query.isEmpty() ? "" : "?" + query);
    }

    private static Anchor link(String id, String href, String text, String label) {
        Anchor anchor = new Anchor(href, text);
        anchor.setId(id);
        anchor.setRouterIgnore(true);
        anchor.getElement().setAttribute("download", true);
        anchor.getElement().setAttribute("aria-label", label);
        return anchor;
    }
}
