package org.gridvoice.consultation;

/** Published when a consultation enters a new phase, by the clock or closed early by its committee. */
public record ConsultationPhaseChanged(Long consultationId, Long communityId, Phase from, Phase to) {
}
