package org.gridvoice.casework;

import java.time.LocalDateTime;

/**
 * What "verify this case" found: how many entries of the audit chain the case's public timeline
 * matches, and the first step (in timeline order) that does not, if any.
 */
public record CaseVerification(int matched, Mismatch mismatch) {

    /** Why a step and the chain disagree. */
    public enum Problem {
        /** the timeline shows a step no entry covers: it was written outside the app (or before its steps were chained) */
        NOT_ON_CHAIN,
        /** the step differs from the entry recorded when it was taken: its note, time, office or kind was changed */
        ALTERED,
        /** an entry covers a step the timeline no longer shows: the step was deleted */
        DELETED,
        /** the entry itself no longer holds: its hash is not that of its fields, or its link to the entry before is broken */
        ENTRY_BROKEN;

        public String messageKey() {
            return "casework.chain.problem." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** The first step that does not match: its kind and time (from the entry when the step is gone), and the entry, if one covers it. */
    public record Mismatch(CaseEventKind kind, LocalDateTime at, Long seq, Problem problem) {
    }

    public boolean matches() {
        return mismatch == null;
    }
}
