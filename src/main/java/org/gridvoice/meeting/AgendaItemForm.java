package org.gridvoice.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One item of an agenda as the committee writes it: a title, an optional Markdown note, optionally what it links. */
public record AgendaItemForm(
        @NotBlank(message = "validation.required") @Size(max = 200, message = "validation.too-long") String title,
        @Size(max = 10_000, message = "validation.too-long") String note,
        String linkKind,
        Long linkId) {

    public boolean linked() {
        return linkKind != null && !linkKind.isBlank();
    }
}
