package org.gridvoice.shared.sms;

import java.time.LocalDateTime;

/** A text message the development gateway kept instead of sending it. */
public record DevSms(long id, String phone, String template, String language, String text, LocalDateTime sentAt) {
}
