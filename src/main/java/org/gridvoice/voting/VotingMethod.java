package org.gridvoice.voting;

public enum VotingMethod {
    /** Yes / no / abstain on each qualified proposal. */
    YES_NO_ABSTAIN,
    /** Pick up to k proposals; the top m are accepted. */
    APPROVAL,
    /** Rank the proposals; instant-runoff picks one winner. */
    RANKED,
    /**
     * Participatory budgeting: pick feasible projects whose reviewed costs add up to no more than the
     * budget ({@code voting.error.over-budget} otherwise); at the close the projects are funded by
     * {@code budgeting.BudgetFunding}. Only for a budget consultation, and a budget consultation votes
     * only this way ({@code voting.error.budget-method}).
     */
    BUDGET
}
