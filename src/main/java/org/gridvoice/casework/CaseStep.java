package org.gridvoice.casework;

/**
 * The steps a case can take. Staff take ACCEPT to ASSIGN, residents asked to confirm a resolved
 * case take FEEDBACK, and the system takes the rest (deadline marks, the end of the confirmation).
 * Which step is allowed when, and for whom, is decided in one place: {@code casework.domain.Case}.
 */
public enum CaseStep {
    ACCEPT,
    UPDATE,
    NOTE,
    SUMMARISE,
    RESOLVE,
    TRANSFER,
    REJECT,
    ASSIGN,
    FEEDBACK,
    MARK_LATE,
    ESCALATE,
    CLOSE,
    REOPEN,
    /** A funded project's milestone, reported by the owning office. */
    PROGRESS
}
