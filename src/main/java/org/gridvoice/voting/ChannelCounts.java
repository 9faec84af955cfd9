package org.gridvoice.voting;

/** How many ballots came in online and on paper; they add up to the turnout. */
public record ChannelCounts(int online, int paper) {

    public int total() {
        return online + paper;
    }
}
