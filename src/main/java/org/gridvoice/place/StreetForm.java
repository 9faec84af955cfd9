package org.gridvoice.place;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record StreetForm(
        @NotBlank(message = "validation.required") @Size(max = 100, message = "validation.too-long") String name) {
}
