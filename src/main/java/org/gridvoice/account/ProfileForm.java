package org.gridvoice.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record ProfileForm(
        @NotBlank(message = "validation.required") @Size(max = 60, message = "validation.too-long") String displayName,
        @NotNull(message = "validation.required") @Pattern(regexp = "zh-CN|en", message = "validation.language") String language,
        @NotNull(message = "validation.required") EmailPreference emailPreference) {
}
