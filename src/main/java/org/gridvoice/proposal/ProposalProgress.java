package org.gridvoice.proposal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A proposal's progress for its page: its status, the dates of each stage reached, its result line
 * and its case. {@link #steps()} is the stepper the page draws; the URLs are the routes of the
 * consultation's result and of the case (screens of modules that build on this one).
 * {@code decidedMeetingId}: the residents' meeting that decided it by a show of hands or consensus
 * instead of an online vote (its result is then the meeting's page); null otherwise.
 */
public record ProposalProgress(Long consultationId, ProposalStatus status, LocalDateTime postedAt, LocalDateTime qualifiedAt,
                               LocalDateTime ballotAt, LocalDateTime decidedAt, ProposalTally tally, Long caseId, String caseOffice,
                               CaseProgress caseStatus, LocalDateTime routedAt, LocalDateTime resolvedAt, LocalDateTime closedAt,
                               LocalDateTime withdrawnAt,
                               Long decidedMeetingId) {

    /** One stage on the way: reached (with its date where known) or still ahead; {@code current} is where it stands. */
    public record Step(ProposalStatus stage, LocalDateTime at, boolean reached, boolean current) {
    }

    /** The consultation's result page, once the proposal was voted on; null before. */
    public String resultUrl() {
        if (decidedMeetingId != null) {
            return "meetings/" + decidedMeetingId;
        }
        return decidedAt == null ? null : "consultations/" + consultationId + "/voting";
    }

    /** The case page, once routed; null before. */
    public String caseUrl() {
        return caseId == null ? null : "cases/" + caseId;
    }

    /**
     * The stages from posting to the end this proposal can still reach: the full way while it
     * moves on, cut at the stage where it stopped (not qualified, not accepted, withdrawn).
     */
    public List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        steps.add(step(ProposalStatus.OPEN, postedAt, true));
        if (status == ProposalStatus.WITHDRAWN) {
            steps.add(step(ProposalStatus.WITHDRAWN, withdrawnAt, true));
            return steps;
        }
        if (status == ProposalStatus.MERGED) {
            steps.add(step(ProposalStatus.MERGED, null, true));
            return steps;
        }
        if (status == ProposalStatus.NOT_QUALIFIED) {
            steps.add(step(ProposalStatus.NOT_QUALIFIED, null, true));
            return steps;
        }
        steps.add(step(ProposalStatus.QUALIFIED, qualifiedAt, atLeast(ProposalStatus.QUALIFIED)));
        steps.add(step(ProposalStatus.ON_BALLOT, ballotAt, atLeast(ProposalStatus.ON_BALLOT)));
        if (status == ProposalStatus.NOT_ACCEPTED) {
            steps.add(step(ProposalStatus.NOT_ACCEPTED, decidedAt, true));
            return steps;
        }
        steps.add(step(ProposalStatus.ACCEPTED, decidedAt, atLeast(ProposalStatus.ACCEPTED)));
        steps.add(step(ProposalStatus.ROUTED, routedAt, atLeast(ProposalStatus.ROUTED)));
        steps.add(step(ProposalStatus.RESOLVED, resolvedAt, atLeast(ProposalStatus.RESOLVED)));
        steps.add(step(ProposalStatus.CLOSED, closedAt, atLeast(ProposalStatus.CLOSED)));
        return steps;
    }

    private Step step(ProposalStatus stage, LocalDateTime at, boolean reached) {
        return new Step(stage, reached ? at : null, reached, stage == status);
    }

    // the way forward in order: OPEN, QUALIFIED, ON_BALLOT, ACCEPTED, ROUTED, RESOLVED, CLOSED
    private boolean atLeast(ProposalStatus stage) {
        List<ProposalStatus> way = List.of(ProposalStatus.OPEN, ProposalStatus.QUALIFIED, ProposalStatus.ON_BALLOT,
                ProposalStatus.ACCEPTED, ProposalStatus.ROUTED, ProposalStatus.RESOLVED, ProposalStatus.CLOSED);
        ProposalStatus reached = status == ProposalStatus.NOT_ACCEPTED ? ProposalStatus.ACCEPTED : status;
        return way.indexOf(reached) >= way.indexOf(stage);
    }
}
