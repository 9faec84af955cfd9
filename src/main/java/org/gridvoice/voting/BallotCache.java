package org.gridvoice.voting;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.gridvoice.consultation.Budget;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.voting.domain.VotingStore;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The rules, the proposals and the electorate of a vote in progress. All are fixed once voting
 * opens (rules lock and the electorate is taken in the same transaction, endorsing ends with the
 * proposals phase), so each app instance reads them once per vote instead of on every cast;
 * several instances may each hold the same copy safely. An electorate is a sorted array of user
 * ids: 8 bytes an elector, 3 MB for 400,000.
 */
@Component
class BallotCache {

    /** {@code costs}: a budget vote's projects at their costs as fixed when voting opened, and {@code budgetYuan} its budget (else empty, 0). */
    record Ballot(VotingRulesForm rules, Set<Long> proposals, long[] electors, Map<Long, Long> costs, long budgetYuan) {

        boolean isElector(long userId) {
            return Arrays.binarySearch(electors, userId) >= 0;
        }
    }

    private final Map<Long, Ballot> locked = new ConcurrentHashMap<>();
    private final VotingRulesService rules;
    private final ProposalService proposals;
    private final VotingStore store;
    private final ConsultationService consultations;

    BallotCache(VotingRulesService rules, ProposalService proposals, VotingStore store, ConsultationService consultations) {
        this.consultations = consultations;
        this.rules = rules;
        this.proposals = proposals;
        this.store = store;
    }

    Ballot of(Long consultationId) {
        Ballot cached = locked.get(consultationId);
        if (cached != null) {
            return cached;
        }
        VotingRules current = rules.rules(consultationId);
        boolean budget = current.form().method() == VotingMethod.BUDGET;
        // a budget ballot holds the feasible projects fixed when voting opened, not every qualified proposal
        Map<Long, Long> costs = budget ? Map.copyOf(store.budgetProjects(consultationId)) : Map.of();
        long budgetYuan = budget ? consultations.budget(consultationId).map(Budget::totalYuan).orElse(0L) : 0;
        // before voting opens there is no electorate yet: nobody is an elector
        Ballot ballot = new Ballot(current.form(), budget ? costs.keySet() : Set.copyOf(proposals.qualifiedProposals(consultationId)),
                current.locked() ? store.electorIds(consultationId) : new long[0], costs, budgetYuan);
        if (current.locked()) {
            locked.put(consultationId, ballot);
        }
        return ballot;
    }

    @EventListener
    void on(ConsultationClosed event) {
        forget(event.consultationId());
    }

    /** Drops a vote's copy: at its close here, or when a cast finds it closed (another instance closed it). */
    void forget(Long consultationId) {
        locked.remove(consultationId);
    }
}
