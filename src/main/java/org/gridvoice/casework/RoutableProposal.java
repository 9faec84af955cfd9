package org.gridvoice.casework;

/**
 * An accepted proposal of a closed consultation, and its case once routed; until then
 * {@code preview} says where routing it now would send it (null if nowhere: no default office).
 */
public record RoutableProposal(Long proposalId, String title, String grid, Long caseId, String office, RoutePreview preview) {
}
