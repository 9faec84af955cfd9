package org.gridvoice.budgeting;

import java.util.List;

/**
 * The funding rule, stated on the result page as CONSUL states it: projects are taken in order of
 * votes, most first; each is funded if its cost fits in what remains of the budget, otherwise it is
 * skipped and the next, cheaper ones are still tried. A project with no votes is not funded. Equal
 * votes at a point where the tied projects do not all fit is a tie for the committee: funding stops
 * there until the committee chooses, with a public reason, which of them to fund, and then goes on
 * by the same rule. Pure: implemented on branch budget-core, used by voting at the close.
 */
public final class BudgetFunding {

    private BudgetFunding() {
    }

    /** A project's votes and cost going into the rule. */
    public record Entry(long proposalId, int votes, long costYuan) {
    }

    public enum Outcome {
        FUNDED,
        /** Did not fit in what remained when its turn came. */
        SKIPPED,
        /** No votes. */
        NO_VOTES,
        /** Waits for the committee's tie break (and so do the projects after it). */
        TIED,
        /** After an unresolved tie: not yet decided. */
        WAITING
    }

    /** A project's place in the result: rank by votes (1 = most), its outcome and the budget left after its turn. */
    public record Line(long proposalId, int rank, int votes, long costYuan, Outcome outcome, long remainingAfterYuan) {
    }

    /**
     * Applies the rule. {@code chosenAtTie}: the proposals the committee chose to fund at a tie (empty
     * before any tie break); the result lines are in rank order (votes desc, then id).
     */
    public static List<Line> fund(long totalYuan, List<Entry> entries, java.util.Set<Long> chosenAtTie) {
        throw new UnsupportedOperationException("budget-core");
    }
}
