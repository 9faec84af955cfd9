package org.gridvoice.survey;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A survey as its page shows it (also the committee's preview of a draft). {@code linkToken}: the secret of
 * its link (for link audiences; shown to the committee only, null otherwise). {@code canRespond}: whether the
 * asking person may answer now; {@code respondRefusal}: the i18n key of why not, or null. {@code editable}:
 * a draft the asking member may change. {@code responses}: how many so far.
 */
public record SurveyDetails(Long id, Long communityId, String communityName, List<String> gridNames, String title,
                            String description, String descriptionHtml, SurveyAudience audience, boolean publishResults,
                            LocalDateTime opensAt, LocalDateTime closesAt, SurveyStatus status, List<Section> sections,
                            String linkToken, boolean editable, boolean canRespond, String respondRefusal, int responses,
                            long version) {

    public record Section(Long id, String title, String description, List<Question> questions) {
    }

    /** {@code number}: 1-based across the survey. */
    public record Question(Long id, int number, QuestionType type, String text, boolean required, List<String> options,
                           List<String> rows, Integer maxChoices) {
    }

    /** The form this survey was built from, for the editor. */
    public SurveyForm toForm(java.util.Set<Long> gridIds) {
        return new SurveyForm(communityId, gridIds, title, description, audience, publishResults, opensAt, closesAt,
                sections.stream().map(s -> new SectionForm(s.title(), s.description(), s.questions().stream()
                        .map(q -> new QuestionForm(q.type(), q.text(), q.required(), q.options(), q.rows(), q.maxChoices())).toList()))
                        .toList());
    }
}
