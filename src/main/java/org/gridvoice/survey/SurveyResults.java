package org.gridvoice.survey;

import java.util.List;
import java.util.Map;

/** A survey's results: responses in all and by channel, and each question's counts, in question order. */
public record SurveyResults(Long surveyId, String title, SurveyStatus status, boolean published, int responses,
                            Map<ResponseChannel, Integer> byChannel, List<QuestionResult> questions) {
}
