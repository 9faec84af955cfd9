package org.gridvoice.meeting;

import java.time.LocalDateTime;

/** A public correction note beside published minutes (the minutes themselves never change). */
public record MeetingCorrection(Long id, String noteHtml, LocalDateTime createdAt) {
}
