package org.gridvoice.survey;

import java.time.LocalDateTime;

/** One free-text answer (never with who wrote it) and where its moderation stands. */
public record FreeTextAnswer(Long id, Long questionId, String text, TextModeration moderation, LocalDateTime answeredAt) {
}
