package org.gridvoice.responsibility;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A street's default office (兜底) with its deadlines, and its coordinator office, which escalations and rejections reach. */
public record StreetOffices(
        @NotNull(message = "validation.required") Long defaultOfficeId,
        @NotNull(message = "validation.required") Long coordinatorOfficeId,
        @NotNull(message = "validation.required") @Min(value = 1, message = "validation.min") @Max(value = 720, message = "validation.max")
        Integer responseHours,
        @NotNull(message = "validation.required") @Min(value = 1, message = "validation.min") @Max(value = 365, message = "validation.max")
        Integer resolutionDays) {
}
