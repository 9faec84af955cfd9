package org.gridvoice.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A resident staff register from the verified residency data (for an older resident without an
 * account): name, grid and building / unit / room; the mobile number is optional (any form; stored as E.164).
 */
public record ResidentRegistration(
        @NotBlank(message = "validation.required") @Size(max = 100, message = "validation.too-long") String name,
        @NotNull(message = "validation.required") Long gridId,
        @NotBlank(message = "validation.required") @Size(max = 40, message = "validation.too-long")
        @Pattern(regexp = "[\\p{L}\\p{N}# -]*", message = "validation.address") String building,
        @NotBlank(message = "validation.required") @Size(max = 20, message = "validation.too-long")
        @Pattern(regexp = "[\\p{L}\\p{N}# -]*", message = "validation.address") String unit,
        @NotBlank(message = "validation.required") @Size(max = 20, message = "validation.too-long")
        @Pattern(regexp = "[\\p{L}\\p{N}# -]*", message = "validation.address") String room,
        @Size(max = 30, message = "validation.too-long") String phone) {
}
