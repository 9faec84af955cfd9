package org.gridvoice.responsibility;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Set;

/** One responsibility entry as the administrator edits it; a change takes effect at {@code effectiveFrom}. */
public record ResponsibilityForm(
        @NotNull(message = "validation.required") Long categoryId,
        @NotNull(message = "validation.required") PlaceLevel level,
        @NotNull(message = "validation.required") Long placeId,
        @NotNull(message = "validation.required") Long leadOfficeId,
        Set<Long> coOfficeIds,
        @NotNull(message = "validation.required") @Min(value = 1, message = "validation.min") @Max(value = 720, message = "validation.max")
        Integer responseHours,
        @NotNull(message = "validation.required") @Min(value = 1, message = "validation.min") @Max(value = 365, message = "validation.max")
        Integer resolutionDays,
        @NotBlank(message = "validation.required") @Size(max = 1000, message = "validation.too-long") String basis,
        @NotNull(message = "validation.required") LocalDateTime effectiveFrom) {
}
