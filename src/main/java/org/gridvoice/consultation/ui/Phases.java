package org.gridvoice.consultation.ui;

import java.time.LocalDateTime;
import java.util.List;
import org.gridvoice.consultation.Phase;
import org.gridvoice.consultation.PhaseDates;

/** What the screens say about phases: their text key, the public ones in order, and when the current one ends. */
final class Phases {

    /** The steps of a published consultation, in the order they happen. */
    static final List<Phase> PUBLIC = List.of(Phase.UPCOMING, Phase.PROPOSALS, Phase.DELIBERATION, Phase.VOTING, Phase.CLOSED);

    private Phases() {
    }

    static String key(Phase phase) {
        return "consultation.phase." + phase.name();
    }

    /** When the phase ends (for a closed consultation: when voting closed); {@code null} for a draft. */
    static LocalDateTime endOf(Phase phase, PhaseDates dates) {
        return switch (phase) {
            case DRAFT -> null;
            case UPCOMING -> dates.proposalsOpenAt();
            case PROPOSALS -> dates.proposalsCloseAt();
            case DELIBERATION -> dates.votingOpenAt();
            case VOTING, CLOSED -> dates.votingCloseAt();
        };
    }
}
