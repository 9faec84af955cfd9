package org.gridvoice.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.survey.Answer;
import org.gridvoice.survey.QuestionType;
import org.gridvoice.survey.ResponseForm;
import org.junit.jupiter.api.Test;

/** The rules of a response, without a database. */
class AnswerRulesTest {

    private static final SurveyStore.Question MULTIPLE_NO_MAX = new SurveyStore.Question(1L, 1L, 1, QuestionType.MULTIPLE, "多选", false,
            List.of("甲", "乙", "丙"), List.of(), null);
    private static final SurveyStore.Question TEXT_REQUIRED = new SurveyStore.Question(2L, 1L, 2, QuestionType.SHORT_TEXT, "填空", true,
            List.of(), List.of(), null);
    private static final SurveyStore.Question MATRIX_OPTIONAL = new SurveyStore.Question(3L, 1L, 3, QuestionType.MATRIX, "矩阵", false,
            List.of("差", "好"), List.of("保洁", "保安"), null);
    private static final List<SurveyStore.Question> QUESTIONS = List.of(MULTIPLE_NO_MAX, TEXT_REQUIRED, MATRIX_OPTIONAL);

    @Test
    void a_multiple_choice_without_a_maximum_takes_every_option_once_and_a_matrix_may_leave_rows_empty() {
        List<AnswerRules.Value> values = AnswerRules.check(QUESTIONS, new ResponseForm(Map.of(1L, Answer.choices(List.of(2, 0, 1)),
                2L, Answer.text("  路灯  "), 3L, Answer.matrix(Arrays.asList(null, 1)))));
        assertThat(values).containsExactly(new AnswerRules.Value(1L, null, 2, null), new AnswerRules.Value(1L, null, 0, null),
                new AnswerRules.Value(1L, null, 1, null), new AnswerRules.Value(2L, null, null, "路灯"), new AnswerRules.Value(3L, 1, 1, null));
    }

    @Test
    void blank_text_does_not_answer_a_required_question_and_a_pick_twice_or_a_matrix_of_the_wrong_length_is_refused() {
        refused(Map.of(2L, Answer.text("   ")), "survey.error.required", 2);
        refused(Map.of(2L, Answer.text("好"), 1L, Answer.choices(List.of(1, 1))), "survey.error.answer", 1);
        refused(Map.of(2L, Answer.text("好"), 3L, Answer.matrix(List.of(1))), "survey.error.answer", 3);
        refused(Map.of(2L, Answer.text("好"), 1L, new Answer(List.of(0), 3, null, null)), "survey.error.answer", 1);
    }

    private static void refused(Map<Long, Answer> answers, String key, int number) {
        assertThatThrownBy(() -> AnswerRules.check(QUESTIONS, new ResponseForm(answers))).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.messageKey()).isEqualTo(key);
                    assertThat(p.args()).containsExactly(number);
                }));
    }
}
