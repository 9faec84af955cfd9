package org.gridvoice.consultation;

import java.time.LocalDateTime;

/** The four dates that bound the phases: proposals open → proposals close (deliberation) → voting opens → voting closes. */
public record PhaseDates(LocalDateTime proposalsOpenAt, LocalDateTime proposalsCloseAt,
                         LocalDateTime votingOpenAt, LocalDateTime votingCloseAt) {

    public boolean complete() {
        return proposalsOpenAt != null && proposalsCloseAt != null && votingOpenAt != null && votingCloseAt != null;
    }

    /** Each date after the one before (deliberation may be empty: voting may open when proposals close). */
    public boolean ordered() {
        return complete() && proposalsOpenAt.isBefore(proposalsCloseAt) && !votingOpenAt.isBefore(proposalsCloseAt)
                && votingOpenAt.isBefore(votingCloseAt);
    }

    public Phase phaseAt(LocalDateTime now) {
        if (now.isBefore(proposalsOpenAt)) {
            return Phase.UPCOMING;
        }
        if (now.isBefore(proposalsCloseAt)) {
            return Phase.PROPOSALS;
        }
        if (now.isBefore(votingOpenAt)) {
            return Phase.DELIBERATION;
        }
        return now.isBefore(votingCloseAt) ? Phase.VOTING : Phase.CLOSED;
    }
}
