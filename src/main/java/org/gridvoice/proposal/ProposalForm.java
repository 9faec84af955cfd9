package org.gridvoice.proposal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new proposal or a new version of one. The grid defaults to the author's own. {@code showName}:
 * whether the author's name is shown publicly (off unless chosen). {@code costYuan}: the author's cost
 * estimate, required in a budget consultation (at most its cap per project) and refused elsewhere
 * ({@code proposal.error.cost-required}, {@code proposal.error.cost-over-cap}, {@code proposal.error.cost-not-budget}).
 */
public record ProposalForm(
        @NotNull(message = "validation.required") Long consultationId,
        @NotBlank(message = "validation.required") @Size(max = 120, message = "validation.too-long") String title,
        @NotBlank(message = "validation.required") @Size(max = 10_000, message = "validation.too-long") String body,
        @NotNull(message = "validation.required") Long categoryId,
        Long gridId,
        @Size(max = 200, message = "validation.too-long") String placeText,
        boolean showName,
        @Min(value = 1, message = "validation.min") @Max(value = 100_000_000, message = "validation.max") Long costYuan) {

    /** A proposal without a cost estimate (any consultation but a budget one). */
    public ProposalForm(Long consultationId, String title, String body, Long categoryId, Long gridId, String placeText, boolean showName) {
        this(consultationId, title, body, categoryId, gridId, placeText, showName, null);
    }

    /** A proposal whose author keeps their name from the public (the default). */
    public ProposalForm(Long consultationId, String title, String body, Long categoryId, Long gridId, String placeText) {
        this(consultationId, title, body, categoryId, gridId, placeText, false, null);
    }
}
