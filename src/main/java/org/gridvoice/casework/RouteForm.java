package org.gridvoice.casework;

import jakarta.validation.constraints.Size;

/** The committee's optional note to the office when routing. */
public record RouteForm(@Size(max = 1000, message = "validation.too-long") String note) {
}
