package org.gridvoice.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV we publish goes through here, so that no cell is read by a spreadsheet as a formula
 * (CSV / formula injection). OWASP's rule: a text cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return gets a leading single quote, which spreadsheets
 * show as text. Text that people wrote (titles, office names) and every other text cell is escaped,
 * including text such as "-5". Cells we produce as numbers (Java {@link Number}s: counts, ids,
 * ranks, rates) and booleans are written as they are, so numeric columns stay numeric for the
 * people recounting; they cannot carry a formula.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** A printer with the header (escaped like any cell) whose records are escaped by {@link #record}. */
    public static CSVPrinter printer(Writer out, String... header) throws IOException {
        return new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(Arrays.stream(header).map(CsvCells::text).toArray(String[]::new)).get());
    }

    /** Prints one record, each cell escaped by {@link #cell}. */
    public static void record(CSVPrinter csv, Object... cells) throws IOException {
        csv.printRecord(Arrays.stream(cells).map(CsvCells::cell).toArray());
    }

    /** Prints one record, each cell escaped by {@link #cell}. */
    public static void record(CSVPrinter csv, Iterable<?> cells) throws IOException {
        java.util.List<Object> escaped = new java.util.ArrayList<>();
        cells.forEach(c -> escaped.add(cell(c)));
        csv.printRecord(escaped);
    }

    /** Numbers and booleans as they are, null as empty, anything else as {@link #text}. */
    public static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return text(value.toString());
    }

    /** The text with a leading single quote if a spreadsheet would otherwise take it for a formula. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
    }
}
