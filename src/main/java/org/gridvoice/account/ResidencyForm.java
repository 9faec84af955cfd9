package org.gridvoice.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Where a resident lives: community, grid and building / unit / room (楼栋 / 单元 / 房号). */
public record ResidencyForm(
        @NotNull(message = "validation.required") Long communityId,
        @NotNull(message = "validation.required") Long gridId,
        @NotBlank(message = "validation.required") @Size(max = 40, message = "validation.too-long")
        @Pattern(regexp = "[\\p{L}\\p{N}# -]*", message = "validation.address") String building,
        @NotBlank(message = "validation.required") @Size(max = 20, message = "validation.too-long")
        @Pattern(regexp = "[\\p{L}\\p{N}# -]*", message = "validation.address") String unit,
        @NotBlank(message = "validation.required") @Size(max = 20, message = "validation.too-long")
        @Pattern(regexp = "[\\p{L}\\p{N}# -]*", message = "validation.address") String room) {
}
