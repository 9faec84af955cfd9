package org.gridvoice.casework;

import java.time.LocalDateTime;

/** A case's due times and the moments its steps happened; null for a step not taken (yet). */
public record CaseDates(LocalDateTime responseDueAt, LocalDateTime resolutionDueAt, LocalDateTime acceptedAt, LocalDateTime expectedAt,
                        LocalDateTime resolvedAt, LocalDateTime closedAt, LocalDateTime lateAt, LocalDateTime escalatedAt,
                        LocalDateTime feedbackUntil) {

    /** Resolved by its resolution deadline (the residents' confirmation may come later). */
    public boolean resolvedOnTime() {
        return resolvedAt != null && !resolvedAt.isAfter(resolutionDueAt);
    }
}
