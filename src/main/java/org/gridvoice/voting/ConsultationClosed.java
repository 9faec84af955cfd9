package org.gridvoice.voting;

/** Published once a consultation's result is stored. */
public record ConsultationClosed(Long consultationId, int turnout, boolean quorumMet) {
}
