package org.gridvoice.consultation;

/**
 * A budget consultation's money (民生微实事): the total to spend in yuan and, optionally, the most
 * one project may cost. A consultation without one is an ordinary consultation.
 */
public record Budget(Long consultationId, long totalYuan, Long maxProjectYuan) {
}
