package org.gridvoice.casework;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A case page: the residents' words as routed (never changed), where the case stands, and the
 * timeline ({@code events} holds internal notes only for the office and the coordinator).
 * {@code vote} is "method;yes;no;abstain;approvals;turnout;electorate;accepted".
 */
public record CaseDetails(Long id, Long proposalId, Long consultationId, String consultation, CaseStatus status, Long officeId,
                          String office, List<String> coOffices, boolean fallback, Long dutyId, int hops, boolean atCoordinator,
                          boolean assignedForGood, LocalDateTime responseDueAt, LocalDateTime resolutionDueAt, LocalDateTime acceptedAt,
                          LocalDateTime expectedAt, LocalDateTime resolvedAt, LocalDateTime closedAt, LocalDateTime lateAt,
                          LocalDateTime escalatedAt, LocalDateTime feedbackUntil, String routedBy, LocalDateTime routedAt,
                          String routeNote, String officeSummary, String title, String bodyHtml, String author, String categoryZh,
                          String categoryEn, String grid, String place, int endorsements, String vote,
                          List<SnapshotComment> comments, List<CaseEvent> events, CaseActions actions) {
}
