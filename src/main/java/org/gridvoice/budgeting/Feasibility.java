package org.gridvoice.budgeting;

/** 可行性: where a proposal of a budget consultation stands in review. Only FEASIBLE ones reach the ballot. */
public enum Feasibility {
    PENDING,
    FEASIBLE,
    INFEASIBLE
}
