package org.gridvoice.voting;

import java.time.LocalDateTime;

/** An open vote that closes soon: its consultation's title and when voting opened and closes. */
public record ClosingVote(Long consultationId, String title, LocalDateTime opensAt, LocalDateTime closesAt) {
}
