package org.gridvoice.voting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** The committee's break of an approval tie: which of the tied proposals take the remaining places, and why. */
public record TieBreakForm(
        @NotNull(message = "validation.required") Set<Long> accepted,
        @NotBlank(message = "validation.required") @Size(max = 1000, message = "validation.too-long") String reason) {
}
