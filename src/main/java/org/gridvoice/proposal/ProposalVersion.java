package org.gridvoice.proposal;

import java.time.LocalDateTime;

/** An earlier wording of a proposal, kept when its author edited it. */
public record ProposalVersion(LocalDateTime replacedAt, String title, String body) {
}
