package org.gridvoice.discussion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gridvoice.shared.ContentRef;

/** A comment or a reply (parentId set). The stance is optional. */
public record CommentForm(
        @NotNull(message = "validation.required") ContentRef target,
        Long parentId,
        @NotBlank(message = "validation.required") @Size(max = 5_000, message = "validation.too-long") String body,
        Stance stance) {
}
