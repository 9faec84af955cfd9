package org.gridvoice.moderation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gridvoice.shared.ContentRef;

/** A flag on a proposal or comment; OTHER needs a note. */
public record FlagForm(
        @NotNull(message = "validation.required") ContentRef target,
        @NotNull(message = "validation.required") FlagReason reason,
        @Size(max = 500, message = "validation.too-long") String note) {
}
