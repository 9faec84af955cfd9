package org.gridvoice.survey.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridvoice.survey.QuestionResult;
import org.gridvoice.survey.QuestionType;
import org.gridvoice.survey.SurveyService;

/**
 * One question's results: a chart with its table beside it (bars per choice; the 1–5 scale's distribution and
 * its mean; a matrix as stacked bars per row with the row × column table), or, for text, the answers the
 * committee has shown (paged), and for the committee the moderation list.
 */
final class QuestionResultPanel extends Section {

    QuestionResultPanel(QuestionResult q, SurveyService surveys, boolean committee, Locale locale) {
        addClassName("gv-survey-result");
        setId("survey-result-" + q.number());
        add(new H3(getTranslation("surveyview.question.label", q.number(), q.text())));
        Paragraph answered = new Paragraph(getTranslation("surveyview.results.answered", q.answered()));
        answered.setId("survey-result-" + q.number() + "-answered");
        add(answered);
        String prefix = "survey-result-" + q.number();
        switch (q.type()) {
            case SINGLE, MULTIPLE, SCALE -> {
                List<String> labels = q.type() == QuestionType.SCALE ? scaleLabels(q) : q.labels();
                if (q.type() == QuestionType.SCALE) {
                    Paragraph mean = new Paragraph(q.mean() == null ? getTranslation("surveyview.results.no-mean")
                            : getTranslation("surveyview.results.mean", String.format(locale, "%.2f", q.mean())));
                    mean.setId(prefix + "-mean");
                    add(mean);
                }
                List<List<String>> rows = new ArrayList<>();
                for (int i = 0; i < labels.size(); i++) {
                    int count = i < q.counts().size() ? q.counts().get(i) : 0;
                    rows.add(List.of(labels.get(i), String.valueOf(count), share(count, q.answered(), locale)));
                }
                String caption = getTranslation("surveyview.results.caption", q.number());
                add(side(SurveyChart.bars(prefix + "-chart", getTranslation("surveyview.results.chart", q.number(), q.text()), labels,
                                q.counts()),
                        new FigureTable(prefix + "-table", caption, List.of(getTranslation(q.type() == QuestionType.SCALE
                                ? "surveyview.results.value" : "surveyview.results.option"), getTranslation("surveyview.results.count"),
                                getTranslation("surveyview.results.share")), rows)));
                if (q.type() == QuestionType.MULTIPLE) {
                    add(new Paragraph(getTranslation("surveyview.results.multiple-note")));
                }
            }
            case MATRIX -> {
                List<String> headers = new ArrayList<>();
                headers.add(getTranslation("surveyview.results.row"));
                headers.addAll(q.labels());
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r < q.rows().size(); r++) {
                    List<String> row = new ArrayList<>();
                    row.add(q.rows().get(r));
                    List<Integer> counts = r < q.matrix().size() ? q.matrix().get(r) : List.of();
                    for (int c = 0; c < q.labels().size(); c++) {
                        row.add(String.valueOf(c < counts.size() ? counts.get(c) : 0));
                    }
                    rows.add(row);
                }
                add(side(SurveyChart.stacked(prefix + "-chart", getTranslation("surveyview.results.chart", q.number(), q.text()), q.rows(),
                                q.labels(), q.matrix()),
                        new FigureTable(prefix + "-table", getTranslation("surveyview.results.caption", q.number()), headers, rows)));
            }
            case SHORT_TEXT, LONG_TEXT -> {
                Paragraph texts = new Paragraph(getTranslation("surveyview.results.texts", q.textAnswers(), q.shownTexts()));
                texts.setId(prefix + "-texts");
                add(texts, new FreeTextList(q, surveys, committee));
            }
        }
    }

    private List<String> scaleLabels(QuestionResult q) {
        List<String> labels = new ArrayList<>();
        for (int v = 1; v <= 5; v++) {
            labels.add(String.valueOf(v));
        }
        if (q.labels() != null && q.labels().size() == 5) {
            return q.labels();
        }
        return labels;
    }

    private static String share(int count, int of, Locale locale) {
        return of == 0 ? "–" : String.format(locale, "%.0f%%", 100.0 * count / of);
    }

    private static Div side(Div chart, Div table) {
        Div body = new Div(chart, table);
        body.addClassName("gv-survey-result-body");
        return body;
    }
}
