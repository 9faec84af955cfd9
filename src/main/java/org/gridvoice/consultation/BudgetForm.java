package org.gridvoice.consultation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The committee's budget for a consultation: total in yuan, and an optional cap per project
 * (not above the total). Whole yuan: small public projects are costed in yuan, not fen.
 */
public record BudgetForm(
        @NotNull(message = "validation.required") @Min(value = 1, message = "validation.min") @Max(value = 100_000_000, message = "validation.max") Long totalYuan,
        @Min(value = 1, message = "validation.min") Long maxProjectYuan) {
}
