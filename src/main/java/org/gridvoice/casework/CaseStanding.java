package org.gridvoice.casework;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Where a case stands: the office that leads it and those that co-handle it (协办), how it got
 * there (the responsibility list's entry or the street's fallback, its transfers, the escalation
 * to the coordinator), who routed it, and the office's public summary.
 */
public record CaseStanding(Long officeId, String office, List<String> coOffices, boolean fallback, Long responsibilityVersionId, int hops,
                           boolean atCoordinator, boolean assignedForGood, String routedBy, LocalDateTime routedAt, String routeNote,
                           String officeSummary) {
}
