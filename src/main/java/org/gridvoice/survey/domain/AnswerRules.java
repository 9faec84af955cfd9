package org.gridvoice.survey.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridvoice.shared.validation.FieldProblem;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.survey.Answer;
import org.gridvoice.survey.QuestionType;
import org.gridvoice.survey.ResponseForm;

/**
 * Checks a response against the survey's questions and turns it into the values to store, one per pick, scale value,
 * matrix cell or text. Refused as a whole (InvalidInput naming each question's number, field {@code answers.<questionId>}):
 * a required question unanswered (a required matrix: every row), a value out of range or of the wrong kind, too many
 * picks, text over {@value #MAX_TEXT} characters, an unknown question.
 */
public final class AnswerRules {

    public static final int MAX_TEXT = 2000;

    /** One stored value: a pick or scale value ({@code value}), a matrix cell ({@code row}, {@code value}) or a text. */
    public record Value(Long questionId, Integer row, Integer value, String text) {
    }

    private AnswerRules() {
    }

    public static List<Value> check(List<SurveyStore.Question> questions, ResponseForm form) {
        Map<Long, Answer> answers = form == null || form.answers() == null ? Map.of() : form.answers();
        Map<Long, SurveyStore.Question> byId = questions.stream().collect(Collectors.toMap(SurveyStore.Question::id, Function.identity()));
        List<FieldProblem> problems = new ArrayList<>();
        answers.keySet().stream().filter(id -> id == null || !byId.containsKey(id)).forEach(id ->
                problems.add(new FieldProblem("answers." + id, "survey.error.unknown-question", String.valueOf(id))));
        List<Value> values = new ArrayList<>();
        for (SurveyStore.Question q : questions) {
            Answer answer = answers.get(q.id());
            FieldProblem problem = empty(answer)
                    ? q.required() ? problem(q, "survey.error.required") : null
                    : values(q, answer, values);
            if (problem != null) {
                problems.add(problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return values;
    }

    static boolean empty(Answer a) {
        return a == null || ((a.choices() == null || a.choices().isEmpty()) && a.scale() == null && (a.text() == null || a.text().isBlank())
                && (a.matrix() == null || a.matrix().stream().allMatch(Objects::isNull)));
    }

    /** Adds the answer's values, or returns what is wrong with it. */
    private static FieldProblem values(SurveyStore.Question q, Answer a, List<Value> out) {
        boolean onlyChoices = a.scale() == null && a.text() == null && a.matrix() == null;
        return switch (q.type()) {
            case SINGLE, MULTIPLE -> {
                List<Integer> picks = a.choices();
                if (!onlyChoices || picks == null || picks.stream().anyMatch(p -> p == null || p < 0 || p >= q.options().size())
                        || new HashSet<>(picks).size() != picks.size() || (q.type() == QuestionType.SINGLE && picks.size() != 1)) {
                    yield problem(q, "survey.error.answer");
                }
                if (picks.size() > q.maxPicks()) {
                    yield new FieldProblem("answers." + q.id(), "survey.error.too-many", q.number(), q.maxPicks());
                }
                picks.forEach(p -> out.add(new Value(q.id(), null, p, null)));
                yield null;
            }
            case SCALE -> {
                if (a.choices() != null || a.text() != null || a.matrix() != null || a.scale() < 1 || a.scale() > 5) {
                    yield problem(q, "survey.error.answer");
                }
                out.add(new Value(q.id(), null, a.scale(), null));
                yield null;
            }
            case SHORT_TEXT, LONG_TEXT -> {
                if (a.choices() != null || a.scale() != null || a.matrix() != null) {
                    yield problem(q, "survey.error.answer");
                }
                String text = a.text().strip();
                if (text.length() > MAX_TEXT) {
                    yield new FieldProblem("answers." + q.id(), "validation.too-long", MAX_TEXT);
                }
                out.add(new Value(q.id(), null, null, text));
                yield null;
            }
            case MATRIX -> {
                List<Integer> cells = a.matrix();
                if (a.choices() != null || a.scale() != null || a.text() != null || cells == null || cells.size() != q.rows().size()
                        || cells.stream().anyMatch(c -> c != null && (c < 0 || c >= q.options().size()))) {
                    yield problem(q, "survey.error.answer");
                }
                if (q.required() && cells.stream().anyMatch(Objects::isNull)) {
                    yield problem(q, "survey.error.required");
                }
                for (int row = 0; row < cells.size(); row++) {
                    if (cells.get(row) != null) {
                        out.add(new Value(q.id(), row, cells.get(row), null));
                    }
                }
                yield null;
            }
        };
    }

    private static FieldProblem problem(SurveyStore.Question q, String key) {
        return new FieldProblem("answers." + q.id(), key, q.number());
    }
}
