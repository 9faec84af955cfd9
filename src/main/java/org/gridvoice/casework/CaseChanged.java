package org.gridvoice.casework;

/**
 * Published with every step of a case, in its transaction, with everyone who must hear of it
 * ({@code recipients}, empty for internal notes); {@code officeId} is the office the step names
 * (the one acting, or the one the case went to).
 */
public record CaseChanged(Long caseId, CaseEventKind kind, Long officeId, String title, boolean internal, CaseRecipients recipients) {
}
