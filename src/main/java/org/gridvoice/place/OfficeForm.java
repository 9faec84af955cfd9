package org.gridvoice.place;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

public record OfficeForm(
        @NotNull(message = "validation.required") Long streetId,
        @NotBlank(message = "validation.required") @Size(max = 100, message = "validation.too-long") String name,
        @NotNull(message = "validation.required") OfficeKind kind,
        @Size(max = 30, message = "validation.too-long")
        @Pattern(regexp = "[0-9+()\\- ]*", message = "validation.phone") String phone,
        @NotNull(message = "validation.required") Set<Long> gridIds,
        @Min(value = 0, message = "validation.min") @Max(value = 9999, message = "validation.max") Integer sortOrder) {

    public OfficeForm(Long streetId, String name, OfficeKind kind, String phone, Set<Long> gridIds) {
        this(streetId, name, kind, phone, gridIds, null);
    }
}
