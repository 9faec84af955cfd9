package org.gridvoice.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Someone who came without being a verified resident on GridVoice, signed in by name. */
public record AttendanceWalkInForm(@NotBlank(message = "validation.required") @Size(max = 100, message = "validation.too-long") String name) {
}
