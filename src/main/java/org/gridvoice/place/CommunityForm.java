package org.gridvoice.place;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record CommunityForm(
        @NotNull(message = "validation.required") Long streetId,
        @NotBlank(message = "validation.required") @Size(max = 100, message = "validation.too-long") String name,
        @Size(max = 200, message = "validation.too-long") String address) {
}
