package org.gridvoice.voting.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridvoice.budgeting.BallotProject;
import org.gridvoice.budgeting.FeasibilityService;
import org.gridvoice.consultation.Budget;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.proposal.ProposalSummary;

/**
 * A budget ballot's money: the total to spend and each project's reviewed cost, by proposal id.
 * {@code projects}: the proposals on the ballot (the feasible ones), in the ballot's order.
 */
record BudgetBallot(long totalYuan, Map<Long, Long> costs, List<ProposalSummary> projects) {

    /** The budget ballot of a budget consultation; empty for an ordinary one. */
    static Optional<BudgetBallot> of(Long consultationId, ConsultationService consultations, FeasibilityService feasibility,
                                     ProposalService proposals) {
        Optional<Budget> budget = consultations.budget(consultationId);
        if (budget.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, Long> costs = new LinkedHashMap<>();
        for (BallotProject project : feasibility.ballot(consultationId)) {
            costs.put(project.proposalId(), project.costYuan());
        }
        List<ProposalSummary> projects = costs.isEmpty() ? List.of() : proposals.summariesOf(costs.keySet());
        return Optional.of(new BudgetBallot(budget.get().totalYuan(), costs, projects));
    }

    long cost(Long proposalId) {
        return costs.getOrDefault(proposalId, 0L);
    }
}
