package org.gridvoice.casework;

import java.time.LocalDateTime;

/**
 * A row of an office inbox or a public case list; {@code coHandling} in an inbox when the office
 * co-handles (协办) the case that {@code office} leads; {@code source} says whether a proposal or a
 * resident's request (诉求) made it.
 */
public record CaseSummary(Long id, String title, CaseStatus status, Long officeId, String office, Long categoryId, String categoryZh,
                          String categoryEn, Long gridId, String grid, LocalDateTime responseDueAt, LocalDateTime resolutionDueAt,
                          boolean late, boolean escalated, boolean atCoordinator, int hops, LocalDateTime routedAt, boolean coHandling,
                          CaseSource source) {

    /** The due time that matters now: accepting while new, resolving after. */
    public LocalDateTime dueAt() {
        return status == CaseStatus.NEW ? responseDueAt : resolutionDueAt;
    }
}
