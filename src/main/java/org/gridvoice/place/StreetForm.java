package org.gridvoice.place;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code sortOrder} places the street in lists (lower first, then by name); null keeps the current one (0 for a new street).
 * {@code code} is the street's Open311 jurisdiction_id: null keeps the current one, blank removes it.
 */
public record StreetForm(
        @NotBlank(message = "validation.required") @Size(max = 100, message = "validation.too-long") String name,
        @Min(value = 0, message = "validation.min") @Max(value = 9999, message = "validation.max") Integer sortOrder,
        @Size(max = 32, message = "validation.too-long") String code) {

    public StreetForm(String name, Integer sortOrder) {
        this(name, sortOrder, null);
    }

    public StreetForm(String name) {
        this(name, null, null);
    }
}
