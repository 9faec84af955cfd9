package org.gridvoice.place;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record GridForm(
        @NotNull(message = "validation.required") Long communityId,
        @NotBlank(message = "validation.required") @Size(max = 100, message = "validation.too-long") String name,
        @Size(max = 500, message = "validation.too-long") String description) {
}
