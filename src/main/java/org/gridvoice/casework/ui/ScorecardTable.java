package org.gridvoice.casework.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.gridvoice.casework.Scorecard;
import org.gridvoice.shared.ui.PhoneTables;

/**
 * Scorecards as a real table (what a screen reader reads): one row per office or per month,
 * headed by that office or month, then the figures.
 */
class ScorecardTable extends Div {

    private static final List<String> COLUMNS = List.of("scorecard.column.cases", "scorecard.column.response",
            "scorecard.column.resolution", "scorecard.column.satisfaction", "scorecard.column.hops", "scorecard.column.late",
            "scorecard.column.escalated");

    final NativeTable table = new NativeTable();

    ScorecardTable(String id, String caption, String firstColumnKey, List<Scorecard> rows, Function<Scorecard, String> rowName) {
        addClassName("gv-table-wrap");
        table.setId(id);
        table.addClassName("gv-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        head.add(header(firstColumnKey, "col"));
        COLUMNS.forEach(key -> head.add(header(key, "col")));
        Locale locale = getLocale();
        for (Scorecard s : rows) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell name = new NativeTableHeaderCell(rowName.apply(s));
            name.getElement().setAttribute("scope", "row");
            row.add(name);
            row.add(new NativeTableCell(Integer.toString(s.cases())), new NativeTableCell(s.responseRate() == null
                            ? getTranslation("scorecard.not-due") : percent(s.responseRate(), locale)),
                    new NativeTableCell(s.resolutionRate() == null ? getTranslation("scorecard.not-due") : percent(s.resolutionRate(), locale)),
                    new NativeTableCell(s.satisfactionRate() == null
                            ? getTranslation("scorecard.no-answers") : percent(s.satisfactionRate(), locale)),
                    new NativeTableCell(decimal(s.averageHops(), locale)), new NativeTableCell(Integer.toString(s.late())),
                    new NativeTableCell(Integer.toString(s.escalated())));
        }
        PhoneTables.stack(table);
        add(table);
    }

    private NativeTableHeaderCell header(String key, String scope) {
        NativeTableHeaderCell th = new NativeTableHeaderCell(getTranslation(key));
        th.getElement().setAttribute("scope", scope);
        return th;
    }

    /** "January 2026", "2026年1月". */
    static String month(YearMonth month, Locale locale) {
        return month.format(DateTimeFormatter.ofLocalizedPattern("yMMMM").withLocale(locale));
    }

    static String percent(Double rate, Locale locale) {
        if (rate == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(rate);
    }

    private static String decimal(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
