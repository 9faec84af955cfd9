package org.gridvoice.voting.ui;

/** Message keys of stored vote values. */
final class Votes {

    private Votes() {
    }

    /** 1 / -1 / 0 of a yes/no/abstain vote. */
    static String key(Integer value) {
        return value == null ? "voting.value.none" : value > 0 ? "voting.value.yes" : value < 0 ? "voting.value.no" : "voting.value.abstain";
    }
}
