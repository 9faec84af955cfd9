package org.gridvoice.consultation;

import java.time.LocalDateTime;

/** A consultation in a list. */
public record ConsultationSummary(Long id, Long communityId, String communityName, String title, Phase phase,
                                  PhaseDates dates, LocalDateTime publishedAt) {
}
