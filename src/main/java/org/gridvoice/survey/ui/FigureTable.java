package org.gridvoice.survey.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import org.gridvoice.shared.ui.PhoneTables;

/** The figures beside a chart as a real table (caption, column and row headers), one card per row on a phone. */
final class FigureTable extends Div {

    FigureTable(String id, String caption, List<String> headers, List<List<String>> rows) {
        addClassName("gv-table-wrap");
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassName("gv-table");
        table.getCaption().setText(caption);
        NativeTableRow head = table.getHead().addRow();
        for (String header : headers) {
            NativeTableHeaderCell th = new NativeTableHeaderCell(header);
            th.getElement().setAttribute("scope", "col");
            head.add(th);
        }
        for (List<String> values : rows) {
            NativeTableRow row = table.getBody().addRow();
            for (int i = 0; i < values.size(); i++) {
                if (i == 0) {
                    NativeTableHeaderCell th = new NativeTableHeaderCell(values.get(i));
                    th.getElement().setAttribute("scope", "row");
                    row.add(th);
                } else {
                    row.add(new NativeTableCell(values.get(i)));
                }
            }
        }
        PhoneTables.stack(table);
        add(table);
    }
}
