package org.gridvoice.survey.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVPrinter;
import org.gridvoice.shared.i18n.Messages;
import org.gridvoice.shared.web.CsvCells;
import org.springframework.stereotype.Component;

/**
 * All responses of a survey as CSV, streamed in response order, one row per response and no identity: its number
 * (1, 2, … in the order they came), channel and day, then one column per question (a matrix one per row): the option's
 * label (multiple choice: its picks joined with "; "), the scale value, or the text when shown (all texts for the committee).
 */
@Component
public class ResponseCsv {

    private final ResultStore results;
    private final Messages messages;

    ResponseCsv(ResultStore results, Messages messages) {
        this.results = results;
        this.messages = messages;
    }

    /** A column: a question, and a matrix's row (else null). */
    private record Column(SurveyStore.Question question, Integer row) {
    }

    public void write(Long surveyId, List<SurveyStore.Question> questions, boolean allTexts, Writer out, Locale locale) throws IOException {
        Locale lang = Messages.supported(locale);
        List<Column> columns = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(messages.get(lang, "survey.csv.number"), messages.get(lang, "survey.csv.channel"),
                messages.get(lang, "survey.csv.day")));
        for (SurveyStore.Question q : questions) {
            if (q.type() == org.gridvoice.survey.QuestionType.MATRIX) {
                for (int r = 0; r < q.rows().size(); r++) {
                    columns.add(new Column(q, r));
                    header.add(messages.get(lang, "survey.csv.matrix-row", q.number(), q.text(), q.rows().get(r)));
                }
            } else {
                columns.add(new Column(q, null));
                header.add(messages.get(lang, "survey.csv.question", q.number(), q.text()));
            }
        }
        try (CSVPrinter csv = CsvCells.printer(out, header.toArray(String[]::new))) {
            Row current = new Row();
            results.eachValue(surveyId, rs -> {
                long response = rs.getLong(1);
                if (current.id == null || current.id != response) {
                    current.flush(csv, columns);
                    current.start(response, rs.getString(2).toLowerCase(Locale.ROOT), rs.getTimestamp(3).toLocalDateTime().toLocalDate().toString());
                }
                long question = rs.getLong(4);
                if (rs.wasNull()) {
                    return;
                }
                int row = rs.getInt(5);
                Integer rowIndex = rs.wasNull() ? null : row;
                int value = rs.getInt(6);
                if (!rs.wasNull()) {
                    current.values.computeIfAbsent(new Key(question, rowIndex), k -> new TreeSet<>()).add(value);
                } else if (allTexts || "SHOWN".equals(rs.getString(8))) {
                    current.texts.put(question, rs.getString(7));
                }
            });
            current.flush(csv, columns);
        }
    }

    private record Key(long question, Integer row) {
    }

    /** The response being read: its values by question (and row), its shown texts. */
    private static final class Row {
        private Long id;
        private int number;
        private String channel;
        private String day;
        private final Map<Key, TreeSet<Integer>> values = new HashMap<>();
        private final Map<Long, String> texts = new HashMap<>();

        void start(long id, String channel, String day) {
            this.id = id;
            this.channel = channel;
            this.day = day;
            number++;
        }

        void flush(CSVPrinter csv, List<Column> columns) {
            if (id == null) {
                return;
            }
            List<Object> cells = new ArrayList<>(List.of(number, channel, day));
            for (Column c : columns) {
                cells.add(cell(c));
            }
            try {
                CsvCells.record(csv, cells);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            values.clear();
            texts.clear();
        }

        private Object cell(Column c) {
            SurveyStore.Question q = c.question();
            if (q.freeText()) {
                return texts.get(q.id());
            }
            TreeSet<Integer> picked = values.get(new Key(q.id(), c.row()));
            if (picked == null) {
                return null;
            }
            return switch (q.type()) {
                case SCALE -> picked.first();
                default -> String.join("; ", picked.stream().map(i -> q.options().get(i)).toList());
            };
        }
    }
}
