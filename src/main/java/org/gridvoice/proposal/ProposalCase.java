package org.gridvoice.proposal;

import java.time.LocalDateTime;

/** The case made of a proposal, as casework reports it at each step: what the proposal page links to and shows. */
public record ProposalCase(Long caseId, String officeName, CaseProgress status, LocalDateTime routedAt, LocalDateTime resolvedAt,
                           LocalDateTime closedAt) {
}
