package org.gridvoice.shared.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;

/**
 * Lets a table of figures turn into one card per row on a phone (CSS class {@code gv-stack}), each
 * figure labelled with its column, so nothing scrolls sideways. The explicit roles keep it a table
 * for screen readers, which browsers otherwise forget once its rows are displayed as blocks.
 */
public final class PhoneTables {

    private PhoneTables() {
    }

    /** Call once the table has its head and body rows. */
    public static void stack(NativeTable table) {
        table.addClassName("gv-stack");
        table.getElement().setAttribute("role", "table");
        List<String> headers = new ArrayList<>();
        for (Element group : children(table.getElement())) {
            if (group.getTag().equals("caption")) {
                continue;
            }
            group.setAttribute("role", "rowgroup");
            boolean head = group.getTag().equals("thead");
            for (Element row : children(group)) {
                row.setAttribute("role", "row");
                List<Element> cells = children(row);
                for (int i = 0; i < cells.size(); i++) {
                    Element cell = cells.get(i);
                    if (head) {
                        cell.setAttribute("role", "columnheader");
                        headers.add(cell.getTextRecursively());
                    } else if (cell.getTag().equals("th")) {
                        cell.setAttribute("role", "rowheader");
                    } else {
                        cell.setAttribute("role", "cell");
                        if (i < headers.size()) {
                            cell.setAttribute("data-label", headers.get(i));
                        }
                    }
                }
            }
        }
    }

    private static List<Element> children(Element element) {
        return element.getChildren().toList();
    }
}
