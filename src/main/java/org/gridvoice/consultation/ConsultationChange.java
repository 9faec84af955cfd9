package org.gridvoice.consultation;

import java.time.LocalDateTime;

/** One entry of a consultation's public change record. {@code kind} names an i18n key suffix. */
public record ConsultationChange(LocalDateTime at, String byName, String kind, String detail, String reason) {
}
