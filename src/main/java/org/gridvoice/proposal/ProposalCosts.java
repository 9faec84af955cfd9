package org.gridvoice.proposal;

import org.gridvoice.consultation.CostedProposals;
import org.gridvoice.proposal.domain.ProposalStore;
import org.springframework.stereotype.Component;

/** Tells the consultation module whether a budget can still be removed: not once a proposal carries a cost. */
@Component
class ProposalCosts implements CostedProposals {

    private final ProposalStore store;

    ProposalCosts(ProposalStore store) {
        this.store = store;
    }

    @Override
    public boolean anyCosted(Long consultationId) {
        return store.anyCosted(consultationId);
    }
}
