package org.gridvoice.open311;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new API client: who it is, and the grid its requests go to until grid boundaries exist. */
public record Open311ClientForm(
        @NotBlank(message = "validation.required") @Size(max = 100, message = "validation.too-long") String name,
        @NotNull(message = "validation.required") Long gridId) {
}
