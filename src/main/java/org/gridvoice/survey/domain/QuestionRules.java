package org.gridvoice.survey.domain;

import java.util.ArrayList;
import java.util.List;
import org.gridvoice.shared.validation.FieldProblem;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.survey.QuestionForm;
import org.gridvoice.survey.SectionForm;
import org.gridvoice.survey.SurveyAudience;
import org.gridvoice.survey.SurveyForm;

/**
 * What a questionnaire must be, beyond its fields' own limits: opening before closing, grids only for a residents'
 * survey, and each question's options, rows and maximum as its type needs them. Problems name the question's number
 * (1-based across the survey); the field is {@code sections[s].questions[q]}.
 */
public final class QuestionRules {

    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 20;
    public static final int MAX_SCALE_COLUMNS = 7;
    public static final int MAX_ROWS = 20;

    private QuestionRules() {
    }

    /** InvalidInput with every problem found, or nothing. */
    public static void check(SurveyForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!form.opensAt().isBefore(form.closesAt())) {
            problems.add(new FieldProblem("closesAt", "survey.error.dates"));
        }
        if (!form.gridIds().isEmpty() && form.audience() != SurveyAudience.RESIDENTS) {
            problems.add(new FieldProblem("gridIds", "survey.error.grids-audience"));
        }
        int number = 0;
        for (int s = 0; s < form.sections().size(); s++) {
            SectionForm section = form.sections().get(s);
            for (int q = 0; q < section.questions().size(); q++) {
                String problem = problem(section.questions().get(q));
                number++;
                if (problem != null) {
                    problems.add(new FieldProblem("sections[" + s + "].questions[" + q + "]", problem, number));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** The key of what is wrong with the question for its type, or null. */
    static String problem(QuestionForm q) {
        int options = q.options().size();
        int rows = q.rows().size();
        if (q.maxChoices() != null && q.type() != org.gridvoice.survey.QuestionType.MULTIPLE) {
            return "survey.error.max-choices";
        }
        return switch (q.type()) {
            case SINGLE -> options < MIN_OPTIONS || options > MAX_OPTIONS ? "survey.error.options" : rows > 0 ? "survey.error.no-rows" : null;
            case MULTIPLE -> options < MIN_OPTIONS || options > MAX_OPTIONS ? "survey.error.options"
                    : rows > 0 ? "survey.error.no-rows"
                    : q.maxChoices() != null && q.maxChoices() > options ? "survey.error.max-choices" : null;
            case SCALE -> options != 0 && options != 2 ? "survey.error.scale-labels" : rows > 0 ? "survey.error.no-rows" : null;
            case SHORT_TEXT, LONG_TEXT -> options > 0 || rows > 0 ? "survey.error.text-options" : null;
            case MATRIX -> options < MIN_OPTIONS || options > MAX_SCALE_COLUMNS ? "survey.error.matrix-scale"
                    : rows < 1 || rows > MAX_ROWS ? "survey.error.rows" : null;
        };
    }
}
