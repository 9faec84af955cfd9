package org.gridvoice.survey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * A questionnaire as the committee builds it. {@code gridIds}: empty for the whole community (RESIDENTS
 * audience only). {@code description}: Markdown. {@code publishResults}: whether the results become public
 * at the close (chosen before it opens, and shown to respondents). Opens before it closes
 * ({@code survey.error.dates}); 1–20 sections.
 */
public record SurveyForm(
        @NotNull(message = "validation.required") Long communityId,
        @NotNull(message = "validation.required") Set<Long> gridIds,
        @NotBlank(message = "validation.required") @Size(max = 120, message = "validation.too-long") String title,
        @Size(max = 10_000, message = "validation.too-long") String description,
        @NotNull(message = "validation.required") SurveyAudience audience,
        boolean publishResults,
        @NotNull(message = "validation.required") LocalDateTime opensAt,
        @NotNull(message = "validation.required") LocalDateTime closesAt,
        @NotEmpty(message = "survey.error.no-sections") @Size(max = 20, message = "validation.too-long") List<@Valid SectionForm> sections) {
}
