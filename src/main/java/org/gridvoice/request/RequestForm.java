package org.gridvoice.request;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A resident's request as filed: the point is optional (both coordinates or neither), photos are
 * ids of photos the resident uploaded for it, and the name is shown publicly only when asked.
 */
public record RequestForm(
        @NotNull(message = "validation.required") Long categoryId,
        @NotNull(message = "validation.required") Long gridId,
        @NotBlank(message = "validation.required") @Size(max = 200, message = "validation.too-long") String address,
        @DecimalMin(value = "-90", message = "request.error.latitude") @DecimalMax(value = "90", message = "request.error.latitude")
        BigDecimal latitude,
        @DecimalMin(value = "-180", message = "request.error.longitude") @DecimalMax(value = "180", message = "request.error.longitude")
        BigDecimal longitude,
        @NotBlank(message = "validation.required") @Size(max = RequestForm.MAX_DESCRIPTION, message = "validation.too-long")
        String description,
        @Size(max = RequestForm.MAX_PHOTOS, message = "request.error.too-many-photos") List<Long> photoIds,
        boolean showName) {

    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_PHOTOS = 4;
}
