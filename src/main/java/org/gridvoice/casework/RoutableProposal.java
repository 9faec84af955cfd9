package org.gridvoice.casework;

/** An accepted proposal of a closed consultation, and its case once routed. */
public record RoutableProposal(Long proposalId, String title, String grid, Long caseId, String office) {
}
