package org.gridvoice.casework;

/** Inbox filters; null means any. */
public record CaseFilter(Long officeId, CaseStatus status, Long categoryId, Long gridId, boolean overdueOnly) {
}
