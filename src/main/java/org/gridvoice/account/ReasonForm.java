package org.gridvoice.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A decision's reason, shown to the person it concerns. */
public record ReasonForm(
        @NotBlank(message = "validation.required") @Size(max = 500, message = "validation.too-long") String reason) {
}
