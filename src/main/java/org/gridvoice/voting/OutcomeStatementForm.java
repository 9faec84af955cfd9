package org.gridvoice.voting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The committee's outcome statement, in Markdown. */
public record OutcomeStatementForm(
        @NotBlank(message = "validation.required") @Size(max = 10000, message = "validation.too-long") String markdown) {
}
