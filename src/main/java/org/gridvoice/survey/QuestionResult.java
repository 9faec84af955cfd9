package org.gridvoice.survey;

import java.util.List;

/**
 * One question's results. {@code labels}/{@code counts}: per option (SINGLE, MULTIPLE) or per value 1–5
 * (SCALE); {@code mean}: a scale's average (null otherwise or with no answers). MATRIX: {@code rows}, the
 * scale in {@code labels} and {@code matrix} counts [row][column]. Text: {@code textAnswers} how many answered,
 * {@code shownTexts} how many the committee has shown (read them with {@link SurveyService#freeText}).
 * {@code answered}: responses that answered this question.
 */
public record QuestionResult(Long questionId, int number, QuestionType type, String text, int answered, List<String> labels,
                             List<Integer> counts, Double mean, List<String> rows, List<List<Integer>> matrix,
                             int textAnswers, int shownTexts) {
}
