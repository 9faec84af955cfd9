package org.gridvoice.casework;

/** Published with every step of a case, in its transaction; notifications decide who hears of it. */
public record CaseChanged(Long caseId, CaseEventKind kind, Long officeId, String title, boolean internal) {
}
