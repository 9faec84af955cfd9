package org.gridvoice.budgeting;

/** A project on a budget ballot: a feasible proposal with its reviewed cost in yuan. */
public record BallotProject(Long proposalId, String title, long costYuan) {
}
