package org.gridvoice.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record RegistrationForm(
        @NotBlank(message = "validation.required") @Size(max = 254, message = "validation.too-long")
        @Email(regexp = ".+@.+\\..+", message = "validation.email") String email,
        @NotBlank(message = "validation.required") @Size(max = 60, message = "validation.too-long") String displayName,
        @NotBlank(message = "validation.required") @Size(min = 8, message = "validation.password-short")
        @Size(max = 128, message = "validation.too-long") String password,
        String language) {
}
