package org.gridvoice.initiative;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a resident writes to open an initiative: its topic and the request to the committee (Markdown). */
public record InitiativeForm(
        @NotBlank(message = "validation.required") @Size(max = InitiativeForm.MAX_TITLE, message = "validation.too-long") String title,
        @NotBlank(message = "validation.required") @Size(max = InitiativeForm.MAX_TEXT, message = "validation.too-long") String text) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 5000;
}
