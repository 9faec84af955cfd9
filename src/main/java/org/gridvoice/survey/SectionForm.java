package org.gridvoice.survey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A section: a title, an optional plain-text introduction and its questions (1–50). */
public record SectionForm(
        @NotBlank(message = "validation.required") @Size(max = 120, message = "validation.too-long") String title,
        @Size(max = 2000, message = "validation.too-long") String description,
        @NotEmpty(message = "survey.error.no-questions") @Size(max = 50, message = "validation.too-long") List<@Valid QuestionForm> questions) {
}
