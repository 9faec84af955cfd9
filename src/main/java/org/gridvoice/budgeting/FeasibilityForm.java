package org.gridvoice.budgeting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A reviewer's verdict on one proposal: feasible or not, with the public reason; optionally a corrected
 * cost in yuan with its public note (the note is required when the cost is corrected:
 * {@code budgeting.error.cost-note}).
 */
public record FeasibilityForm(
        boolean feasible,
        @NotBlank(message = "validation.required") @Size(max = 2000, message = "validation.too-long") String reason,
        @Min(value = 1, message = "validation.min") @Max(value = 100_000_000, message = "validation.max") Long correctedCostYuan,
        @Size(max = 1000, message = "validation.too-long") String costNote) {
}
