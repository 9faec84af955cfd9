package org.gridvoice.casework.domain;

import java.time.LocalDateTime;
import org.gridvoice.audit.AuditRecord;
import org.gridvoice.casework.CaseEventKind;

/**
 * One public step of a case's timeline as the audit chain covers it. The entry is computed from the
 * row alone, so whoever holds the timeline (the "verify this case" check, or anyone re-reading it)
 * recomputes the same entry: ids, the kind, the time and a SHA-256 of the note, never a name.
 */
public record TimelineStep(long eventId, long caseId, LocalDateTime at, CaseEventKind kind, Long actorId, Long officeId,
                           Long toOfficeId, String note, String answers) {

    /** The object type of case entries on the chain. */
    public static final String OBJECT_TYPE = "case";

    /** The entry's kind: {@code CASE_} and the step, e.g. {@code CASE_ACCEPTED}. */
    public String auditKind() {
        return "CASE_" + kind.name();
    }

    /**
     * Who took the step, by id only: the signed-in account for steps people take; residents'
     * answers ({@code resident}) are counted without who gave them; deadlines and the end of a
     * confirmation window are the {@code system}.
     */
    public String actorRef() {
        if (actorId != null) {
            return "account:" + actorId;
        }
        return kind == CaseEventKind.CONFIRMED ? "resident" : "system";
    }

    /**
     * E.g. {@code event 42 TRANSFERRED at 2026-11-30T09:15:00.123456 office 3 to 5 note sha256 9f86…} ({@code -} for none);
     * a resident's answer adds what they answered, never who: {@code … answer RESOLVED SATISFIED}; a funded project's
     * milestone or resolution adds its figures: {@code … progress 50 on 2026-11-30}, {@code … progress 100 spent 190000}.
     */
    public String payload() {
        return "event " + eventId + " " + kind.name() + " at " + at + " office " + orDash(officeId) + " to " + orDash(toOfficeId)
                + " note " + (note == null ? "-" : "sha256 " + AuditRecord.textHash(note))
                + (answers == null ? "" : (kind == CaseEventKind.CONFIRMED ? " answer " : " progress ") + answers);
    }

    public AuditRecord auditRecord() {
        return new AuditRecord(auditKind(), OBJECT_TYPE, caseId, actorRef(), payload());
    }

    /** The event id an entry's payload names, or -1 for a payload that is not a case step's. */
    public static long eventIdOf(String payload) {
        if (payload == null || !payload.startsWith("event ")) {
            return -1;
        }
        int end = payload.indexOf(' ', "event ".length());
        try {
            return Long.parseLong(end < 0 ? payload.substring(6) : payload.substring(6, end));
        } catch (NumberFormatException notAStep) {
            return -1;
        }
    }

    private static String orDash(Long id) {
        return id == null ? "-" : id.toString();
    }
}
