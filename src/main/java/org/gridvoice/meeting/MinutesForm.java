package org.gridvoice.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Minutes, or a correction note beside published minutes, in Markdown. */
public record MinutesForm(
        @NotBlank(message = "validation.required") @Size(max = 200_000, message = "validation.too-long") String markdown) {
}
