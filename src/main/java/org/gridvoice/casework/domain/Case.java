package org.gridvoice.casework.domain;

import static org.gridvoice.casework.CaseStatus.ACCEPTED;
import static org.gridvoice.casework.CaseStatus.CLOSED;
import static org.gridvoice.casework.CaseStatus.IN_PROGRESS;
import static org.gridvoice.casework.CaseStatus.NEW;
import static org.gridvoice.casework.CaseStatus.RESOLVED;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import org.gridvoice.casework.CaseStatus;
import org.gridvoice.casework.CaseStep;
import org.gridvoice.casework.FeedbackTally;
import org.gridvoice.casework.Resolution;

/**
 * A case's lifecycle: the one rule for which step is allowed from which state for whom (the services
 * enforce it, the case page's actions come from it), and the steps themselves as new states.
 * A step is judged in order: the status, then who asks, then the case's flags (at the coordinator,
 * assigned for good, whether the street has a coordinator other than the owner). Only the office
 * that owns a case works it; transfers and rejections are its lead's; a second transfer and every
 * rejection send the case to the street's coordinator office, which assigns it for good.
 */
public record Case(long id, CaseStatus status, long officeId, Long coordinatorOfficeId, int hops, boolean atCoordinator,
                   boolean assignedForGood, int responseHours, LocalDateTime responseDueAt, LocalDateTime resolutionDueAt,
                   LocalDateTime acceptedAt, Boolean acceptedLate, LocalDateTime expectedAt, LocalDateTime resolvedAt,
                   LocalDateTime feedbackUntil, int feedbackRound, LocalDateTime closedAt, LocalDateTime lateAt,
                   LocalDateTime escalatedAt, String officeSummary) {

    public static final String TRANSITION = "casework.error.transition";

    /** May someone playing {@code roles} take {@code step} now, and if not, why not. */
    public StepVerdict check(CaseStep step, Set<CaseRole> roles) {
        if (!statusAllows(step)) {
            return StepVerdict.refused(step == CaseStep.FEEDBACK ? "casework.error.feedback-closed" : TRANSITION);
        }
        if (!playsPartIn(step, roles)) {
            return step == CaseStep.FEEDBACK ? StepVerdict.refused("casework.error.not-asked") : StepVerdict.NOT_YOURS;
        }
        String refusal = flagRefusal(step);
        return refusal == null ? StepVerdict.ALLOWED : StepVerdict.refused(refusal);
    }

    /** Every step someone playing {@code roles} may take now: what the case page offers them. */
    public Set<CaseStep> steps(Set<CaseRole> roles) {
        Set<CaseStep> steps = EnumSet.noneOf(CaseStep.class);
        for (CaseStep step : CaseStep.values()) {
            if (check(step, roles).allowed()) {
                steps.add(step);
            }
        }
        return steps;
    }

    private boolean statusAllows(CaseStep step) {
        return switch (step) {
            case ACCEPT -> status == NEW;
            case UPDATE, SUMMARISE, RESOLVE, PROGRESS -> status == ACCEPTED || status == IN_PROGRESS;
            case NOTE -> true;
            case TRANSFER, REJECT, ASSIGN, MARK_LATE, ESCALATE -> status.open();
            case FEEDBACK, CLOSE, REOPEN -> status == RESOLVED;
        };
    }

    private static boolean playsPartIn(CaseStep step, Set<CaseRole> roles) {
        return switch (step) {
            case ACCEPT, SUMMARISE, RESOLVE, PROGRESS -> roles.contains(CaseRole.OWNER_STAFF);
            case UPDATE -> roles.contains(CaseRole.OWNER_STAFF) || roles.contains(CaseRole.CO_OFFICE_STAFF);
            case NOTE -> roles.contains(CaseRole.OWNER_STAFF) || roles.contains(CaseRole.COORDINATOR_STAFF);
            case TRANSFER, REJECT -> roles.contains(CaseRole.OWNER_LEAD);
            case ASSIGN -> roles.contains(CaseRole.COORDINATOR_STAFF);
            case FEEDBACK -> roles.contains(CaseRole.ASKED_RESIDENT);
            case MARK_LATE, ESCALATE, CLOSE, REOPEN -> roles.contains(CaseRole.SYSTEM);
        };
    }

    private String flagRefusal(CaseStep step) {
        return switch (step) {
            case ACCEPT -> atCoordinator ? "casework.error.assign-first" : null;
            case TRANSFER -> assignedForGood || atCoordinator ? "casework.error.no-more-transfers" : null;
            // nobody above the owner to send it to: no coordinator, or the owner is the coordinator
            case REJECT -> coordinatorOfficeId == null || atCoordinator || coordinatorOfficeId == officeId
                    ? "casework.error.coordinator-assigns" : null;
            case ASSIGN -> atCoordinator ? null : "casework.error.not-at-coordinator";
            case MARK_LATE -> lateAt == null ? null : TRANSITION;
            case ESCALATE -> escalatedAt == null ? null : TRANSITION;
            default -> null;
        };
    }

    /** Past its due time now: the response deadline while new, the resolution deadline always. */
    public boolean lateAt(LocalDateTime now) {
        return status.open() && (status == NEW && responseDueAt.isBefore(now) || resolutionDueAt.isBefore(now));
    }

    /** Overdue by more than the grace period: to be escalated (督办). */
    public boolean overdueAt(LocalDateTime now, Duration grace) {
        return status.open() && resolutionDueAt.isBefore(now.minus(grace));
    }

    /** After a resident's answer: CLOSE once a majority of those asked say it is resolved, else nothing (null). */
    public static CaseStep afterAnswer(FeedbackTally tally) {
        return tally.resolution().get(Resolution.RESOLVED) * 2 > tally.asked() ? CaseStep.CLOSE : null;
    }

    /** When the window ends: REOPEN (重办) if most of those who answered say it is not resolved, else CLOSE. */
    public static CaseStep whenWindowEnds(FeedbackTally tally) {
        return tally.answered() > 0 && tally.resolution().get(Resolution.UNRESOLVED) * 2 > tally.answered() ? CaseStep.REOPEN
                : CaseStep.CLOSE;
    }

    public Case accepted(LocalDateTime now) {
        return next(CaseStep.ACCEPT, c -> {
            c.status = ACCEPTED;
            c.acceptedAt = now;
            c.acceptedLate = now.isAfter(responseDueAt);
        });
    }

    /** The owner's update starts the work; a new expected date replaces the old one, none keeps it. */
    public Case updated(LocalDateTime expected) {
        return next(CaseStep.UPDATE, c -> {
            c.status = IN_PROGRESS;
            c.expectedAt = expected == null ? expectedAt : expected;
        });
    }

    /** A funded project's milestone starts the work as an update does, keeping the expected date. */
    public Case progressed() {
        return next(CaseStep.PROGRESS, c -> c.status = IN_PROGRESS);
    }

    public Case summarised(String summary) {
        return next(CaseStep.SUMMARISE, c -> c.officeSummary = summary);
    }

    /** Resolved, and a new confirmation round opens for {@code window}. */
    public Case resolved(LocalDateTime now, Duration window) {
        return next(CaseStep.RESOLVE, c -> {
            c.status = RESOLVED;
            c.resolvedAt = now;
            c.feedbackUntil = now.plus(window);
            c.feedbackRound = feedbackRound + 1;
        });
    }

    /** To {@code toOfficeId}; the second transfer goes to the coordinator instead, when the street has one. */
    /** Whether a transfer now would go to the street's coordinator instead of the office chosen (the second one does). */
    public boolean transferGoesToCoordinator() {
        return hops + 1 >= 2 && coordinatorOfficeId != null;
    }

    public Case transferred(long toOfficeId, LocalDateTime now) {
        boolean escalate = transferGoesToCoordinator();
        return next(CaseStep.TRANSFER, c -> {
            c.hops = hops + 1;
            c.officeId = escalate ? coordinatorOfficeId : toOfficeId;
            c.atCoordinator = escalate;
            startOver(c, now);
        });
    }

    public Case rejected(LocalDateTime now) {
        return next(CaseStep.REJECT, c -> {
            c.officeId = coordinatorOfficeId;
            c.atCoordinator = true;
            startOver(c, now);
        });
    }

    /** Given for good: no more transfers. */
    public Case assigned(long toOfficeId, LocalDateTime now) {
        return next(CaseStep.ASSIGN, c -> {
            c.officeId = toOfficeId;
            c.atCoordinator = false;
            c.assignedForGood = true;
            c.status = NEW;
            c.responseDueAt = now.plusHours(responseHours);
        });
    }

    public Case closed(LocalDateTime now) {
        return next(CaseStep.CLOSE, c -> {
            c.status = CLOSED;
            c.closedAt = now;
        });
    }

    public Case reopened() {
        return next(CaseStep.REOPEN, c -> {
            c.status = IN_PROGRESS;
            c.resolvedAt = null;
            c.feedbackUntil = null;
        });
    }

    public Case markedLate(LocalDateTime now) {
        return next(CaseStep.MARK_LATE, c -> c.lateAt = now);
    }

    public Case escalated(LocalDateTime now) {
        return next(CaseStep.ESCALATE, c -> c.escalatedAt = now);
    }

    // a new office starts from scratch: new, with a new response deadline
    private void startOver(CaseDraft c, LocalDateTime now) {
        c.status = NEW;
        c.acceptedAt = null;
        c.responseDueAt = now.plusHours(responseHours);
    }

    // a transition the state does not allow is a bug in the caller: the service checks first
    private Case next(CaseStep step, Consumer<CaseDraft> change) {
        if (!statusAllows(step) || flagRefusal(step) != null) {
            throw new IllegalStateException(step + " is not allowed from " + this);
        }
        CaseDraft draft = new CaseDraft(this);
        change.accept(draft);
        return draft.build();
    }
}
