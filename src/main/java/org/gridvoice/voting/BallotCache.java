package org.gridvoice.voting;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.gridvoice.proposal.ProposalService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The rules and the proposals of a vote in progress. Both are fixed once voting opens (rules lock,
 * endorsing ends with the proposals phase), so each app instance reads them once per vote instead
 * of on every cast; several instances may each hold the same copy safely.
 */
@Component
class BallotCache {

    record Ballot(VotingRulesForm rules, Set<Long> proposals) {
    }

    private final Map<Long, Ballot> locked = new ConcurrentHashMap<>();
    private final VotingRulesService rules;
    private final ProposalService proposals;

    BallotCache(VotingRulesService rules, ProposalService proposals) {
        this.rules = rules;
        this.proposals = proposals;
    }

    Ballot of(Long consultationId) {
        Ballot cached = locked.get(consultationId);
        if (cached != null) {
            return cached;
        }
        VotingRules current = rules.rules(consultationId);
        Ballot ballot = new Ballot(current.form(), Set.copyOf(proposals.qualifiedProposals(consultationId)));
        if (current.locked()) {
            locked.put(consultationId, ballot);
        }
        return ballot;
    }

    @EventListener
    void on(ConsultationClosed event) {
        locked.remove(event.consultationId());
    }
}
