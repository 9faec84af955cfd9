package org.gridvoice.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Registration with a mobile number only: no email, no password; the code sent to the number proves it. */
public record PhoneRegistrationForm(
        @NotBlank(message = "validation.required") @Size(max = 30, message = "validation.too-long") String phone,
        @NotBlank(message = "validation.required") @Size(max = 60, message = "validation.too-long") String displayName,
        String language) {
}
