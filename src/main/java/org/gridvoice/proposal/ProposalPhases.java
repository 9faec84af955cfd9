package org.gridvoice.proposal;

import java.time.Clock;
import java.time.LocalDateTime;
import org.gridvoice.consultation.ConsultationPhaseChanged;
import org.gridvoice.consultation.Phase;
import org.gridvoice.proposal.domain.ProposalStore;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Proposals follow their consultation's phases, in the transaction of the phase change: when the
 * proposals phase ends they are qualified or not, and when voting opens the qualified ones are on
 * the ballot (the same set voting counts: qualified and not withdrawn).
 */
@Component
class ProposalPhases {

    private final ProposalStore store;
    private final Clock clock;

    ProposalPhases(ProposalStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @EventListener
    void on(ConsultationPhaseChanged event) {
        if (event.to() == Phase.VOTING) {
            store.openBallot(event.consultationId(), LocalDateTime.now(clock));
        }
        if (event.to() == Phase.DELIBERATION || event.to() == Phase.VOTING || event.to() == Phase.CLOSED) {
            store.endCollecting(event.consultationId());
        }
    }
}
