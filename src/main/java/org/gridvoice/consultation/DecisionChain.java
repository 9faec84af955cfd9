package org.gridvoice.consultation;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.audit.AuditRecord;
import org.gridvoice.consultation.domain.PhaseLock;
import org.springframework.stereotype.Component;

/**
 * The committee's public decisions on a consultation as audit chain entries, appended in the
 * decision's transaction. Entries carry dates and hashes of texts, never the texts themselves.
 */
@Component
class DecisionChain {

    /** One date that moved: its field name and both values. */
    record Move(String field, LocalDateTime from, LocalDateTime to) {
    }

    private final AuditLog audit;
    private final PhaseLock phaseLock;

    DecisionChain(AuditLog audit, PhaseLock phaseLock) {
        this.audit = audit;
        this.phaseLock = phaseLock;
    }

    void published(long consultationId, long committeeId, PhaseDates dates, String title, String description) {
        append("CONSULTATION_PUBLISHED", consultationId, committeeId, "proposals " + at(dates.proposalsOpenAt()) + " to "
                + at(dates.proposalsCloseAt()) + ", voting " + at(dates.votingOpenAt()) + " to " + at(dates.votingCloseAt())
                + ", title sha256 " + AuditRecord.textHash(title) + ", description sha256 " + AuditRecord.textHash(description));
    }

    void datesMoved(long consultationId, long committeeId, List<Move> moves) {
        append("CONSULTATION_DATES_MOVED", consultationId, committeeId, moves.stream()
                .map(m -> m.field() + " from " + at(m.from()) + " to " + at(m.to())).collect(Collectors.joining("; ")));
    }

    void closedEarly(long consultationId, long committeeId, Phase phase, LocalDateTime at, String reason) {
        append("PHASE_CLOSED_EARLY", consultationId, committeeId, phase.name() + " at " + at(at) + ", reason sha256 "
                + AuditRecord.textHash(reason));
    }

    private void append(String kind, long consultationId, long committeeId, String payload) {
        phaseLock.exclusive(consultationId); // no deadlock with the phase clock, which locks the row first
        audit.append(new AuditRecord(kind, "consultation", consultationId, "committee:" + committeeId, payload));
    }

    /** ISO-8601 to the second, as the chain shows every date. */
    static String at(LocalDateTime time) {
        return time.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
