package org.gridvoice.place;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code sortOrder} places the community in lists (lower first, then by name); null keeps the current one (0 when new). */
public record CommunityForm(
        @NotNull(message = "validation.required") Long streetId,
        @NotBlank(message = "validation.required") @Size(max = 100, message = "validation.too-long") String name,
        @Size(max = 200, message = "validation.too-long") String address,
        @Min(value = 0, message = "validation.min") @Max(value = 9999, message = "validation.max") Integer sortOrder) {

    public CommunityForm(Long streetId, String name, String address) {
        this(streetId, name, address, null);
    }
}
