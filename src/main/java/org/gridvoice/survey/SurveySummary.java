package org.gridvoice.survey;

import java.time.LocalDateTime;

/** A row of the survey list. {@code answeredByMe}: the signed-in person has a response in. */
public record SurveySummary(Long id, String title, String communityName, SurveyStatus status, SurveyAudience audience,
                            LocalDateTime opensAt, LocalDateTime closesAt, int responses, boolean answeredByMe) {
}
