package org.gridvoice.voting;

/**
 * A resident found at the committee desk for a paper ballot: name and approved address, and whether
 * they (or their household) have voted and through which channel — never what.
 */
public record PaperElector(Long userId, String name, String building, String unit, String room, Status status) {

    public enum Status {
        /** Not in the electorate taken when voting opened. */
        NOT_ELECTOR,
        NOT_VOTED,
        VOTED_ONLINE,
        VOTED_PAPER,
        /** Under the household rule, another member of the household has voted. */
        HOUSEHOLD_VOTED;

        /** Whether staff may record (or, after an earlier paper ballot, replace) this person's paper ballot. */
        public boolean allowsPaper() {
            return this == NOT_VOTED || this == VOTED_PAPER;
        }
    }
}
