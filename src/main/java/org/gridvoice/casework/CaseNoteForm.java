package org.gridvoice.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/** A step's note; {@code expectedAt} is the office's expected completion (optional, updates only). */
public record CaseNoteForm(
        @NotBlank(message = "validation.required") @Size(max = 2000, message = "validation.too-long") String note,
        LocalDateTime expectedAt) {
}
