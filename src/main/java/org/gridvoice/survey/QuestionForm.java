package org.gridvoice.survey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One question as the committee writes it. {@code options}: the choices (SINGLE, MULTIPLE: 2–20), the
 * shared scale's labels (MATRIX: 2–7), or optionally the labels of 1 and 5 (SCALE: none or 2); none for
 * text. {@code rows}: a matrix's rows (1–20), none otherwise. {@code maxChoices}: at most this many picks
 * (MULTIPLE only, 1..options). The service refuses a mismatch with {@code survey.error.*}.
 */
public record QuestionForm(
        @NotNull(message = "validation.required") QuestionType type,
        @NotBlank(message = "validation.required") @Size(max = 500, message = "validation.too-long") String text,
        boolean required,
        @NotNull(message = "validation.required") List<@NotBlank(message = "validation.required") @Size(max = 200, message = "validation.too-long") String> options,
        @NotNull(message = "validation.required") List<@NotBlank(message = "validation.required") @Size(max = 200, message = "validation.too-long") String> rows,
        @Min(value = 1, message = "validation.min") @Max(value = 20, message = "validation.max") Integer maxChoices) {
}
