package org.gridvoice.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A transfer (or the coordinator's assignment) to another office, with the public reason. */
public record TransferForm(
        @NotNull(message = "validation.required") Long officeId,
        @NotBlank(message = "validation.required") @Size(max = 1000, message = "validation.too-long") String reason) {
}
