package org.gridvoice.casework;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A milestone of a funded project: what was reached, the day (not in the future) and the percent done (0–100). */
public record ProgressForm(
        @NotBlank(message = "validation.required") @Size(max = 200, message = "validation.too-long") String title,
        @NotNull(message = "validation.required") LocalDate reachedOn,
        @Min(value = 0, message = "validation.min") @Max(value = 100, message = "validation.max") int percent) {
}
