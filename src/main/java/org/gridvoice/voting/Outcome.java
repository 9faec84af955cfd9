package org.gridvoice.voting;

import java.time.LocalDateTime;

/** What the committee added to a result: the tie break (if any) and the outcome statement (if published); nulls when not yet. */
public record Outcome(String tieBreakReason, LocalDateTime tieBrokenAt, String tieBrokenBy,
                      String statementHtml, LocalDateTime statementPublishedAt, String statementPublishedBy) {
}
