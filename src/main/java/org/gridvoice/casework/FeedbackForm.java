package org.gridvoice.casework;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A resident's two separate answers about a resolved case, and an optional comment. */
public record FeedbackForm(
        @NotNull(message = "validation.required") Resolution resolution,
        @NotNull(message = "validation.required") Satisfaction satisfaction,
        @Size(max = 1000, message = "validation.too-long") String comment) {
}
