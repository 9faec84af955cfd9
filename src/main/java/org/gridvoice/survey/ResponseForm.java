package org.gridvoice.survey;

import java.util.Map;

/**
 * A response: answers by question id; an unanswered question is absent. Refused as a whole, storing nothing,
 * when a required question is missing ({@code survey.error.required}, naming its number), a value is out of
 * range or of the wrong kind ({@code survey.error.answer}), too many picks ({@code survey.error.too-many}),
 * text over 2,000 characters ({@code validation.too-long}), an unknown question ({@code survey.error.unknown-question})
 * or outside the open period ({@code survey.error.closed}, {@code survey.error.not-open}).
 */
public record ResponseForm(Map<Long, Answer> answers) {
}
