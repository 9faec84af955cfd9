package org.gridvoice.place;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record CategoryForm(
        @NotBlank(message = "validation.required") @Size(max = 40, message = "validation.too-long")
        @Pattern(regexp = "[a-z0-9-]*", message = "validation.code") String code,
        @NotBlank(message = "validation.required") @Size(max = 60, message = "validation.too-long") String nameZh,
        @NotBlank(message = "validation.required") @Size(max = 60, message = "validation.too-long") String nameEn,
        @Min(value = 0, message = "validation.min") @Max(value = 9999, message = "validation.max") int sortOrder) {
}
