package org.gridvoice.insight.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.List;

/**
 * A plain HTML table with a caption and header cells (column headers, and the first cell of each row
 * as its row header): what screen readers read next to a chart, and what a phone scrolls sideways
 * inside its own focusable region rather than the page.
 */
class DataTable extends Div {

    DataTable(String id, String caption, List<String> headers, List<List<String>> rows) {
        addClassName("gv-insight-table");
        getStyle().set("overflow-x", "auto").set("max-width", "100%");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", caption);
        Element table = new Element("table");
        table.setAttribute("id", id);
        table.getStyle().set("border-collapse", "collapse").set("font-size", "var(--lumo-font-size-s)");
        table.appendChild(new Element("caption").setText(caption));
        Element head = new Element("tr");
        for (String header : headers) {
            head.appendChild(cell("th", header).setAttribute("scope", "col"));
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (List<String> row : rows) {
            Element tr = new Element("tr");
            for (int i = 0; i < row.size(); i++) {
                tr.appendChild(i == 0 ? cell("th", row.get(i)).setAttribute("scope", "row") : cell("td", row.get(i)));
            }
            body.appendChild(tr);
        }
        table.appendChild(body);
        getElement().appendChild(table);
    }

    private static Element cell(String tag, String text) {
        Element cell = new Element(tag).setText(text == null ? "" : text);
        cell.getStyle().set("padding", "2px 8px").set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
                .set("text-align", tag.equals("td") ? "right" : "left").set("white-space", "nowrap");
        return cell;
    }
}
