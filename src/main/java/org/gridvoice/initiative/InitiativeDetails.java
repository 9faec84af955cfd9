package org.gridvoice.initiative;

import java.time.LocalDateTime;

/**
 * One initiative as its page shows it to the reader: the text (sanitised HTML), both measures, the clock once
 * met, the escalation and the meeting; and what the reader may do ({@code signRefusal} / {@code withdrawRefusal}
 * are i18n keys, null when allowed).
 */
public record InitiativeDetails(InitiativeSummary summary, String bodyHtml, Threshold threshold, LocalDateTime thresholdMetAt,
                                LocalDateTime escalatedAt, Long meetingId, LocalDateTime meetingStartsAt, boolean signedByMe,
                                String signRefusal, String withdrawRefusal, boolean mayReadSigners) {
}
