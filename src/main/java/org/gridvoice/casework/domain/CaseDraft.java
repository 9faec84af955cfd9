package org.gridvoice.casework.domain;

import java.time.LocalDateTime;
import org.gridvoice.casework.CaseStatus;

/** A copy of a case's state that one transition changes before it becomes the next {@link Case}; never leaves {@link Case}. */
final class CaseDraft {

    private final long id;
    private final Long coordinatorOfficeId;
    private final int responseHours;
    private final LocalDateTime resolutionDueAt;
    CaseStatus status;
    long officeId;
    int hops;
    boolean atCoordinator;
    boolean assignedForGood;
    LocalDateTime responseDueAt;
    LocalDateTime acceptedAt;
    Boolean acceptedLate;
    LocalDateTime expectedAt;
    LocalDateTime resolvedAt;
    LocalDateTime feedbackUntil;
    int feedbackRound;
    LocalDateTime closedAt;
    LocalDateTime lateAt;
    LocalDateTime escalatedAt;
    String officeSummary;

    CaseDraft(Case c) {
        id = c.id();
        coordinatorOfficeId = c.coordinatorOfficeId();
        responseHours = c.responseHours();
        resolutionDueAt = c.resolutionDueAt();
        status = c.status();
        officeId = c.officeId();
        hops = c.hops();
        atCoordinator = c.atCoordinator();
        assignedForGood = c.assignedForGood();
        responseDueAt = c.responseDueAt();
        acceptedAt = c.acceptedAt();
        acceptedLate = c.acceptedLate();
        expectedAt = c.expectedAt();
        resolvedAt = c.resolvedAt();
        feedbackUntil = c.feedbackUntil();
        feedbackRound = c.feedbackRound();
        closedAt = c.closedAt();
        lateAt = c.lateAt();
        escalatedAt = c.escalatedAt();
        officeSummary = c.officeSummary();
    }

    Case build() {
        return new Case(id, status, officeId, coordinatorOfficeId, hops, atCoordinator, assignedForGood, responseHours, responseDueAt,
                resolutionDueAt, acceptedAt, acceptedLate, expectedAt, resolvedAt, feedbackUntil, feedbackRound, closedAt, lateAt,
                escalatedAt, officeSummary);
    }
}
