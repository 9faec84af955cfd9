package org.gridvoice.voting;

/** How a ballot came in: cast online by the elector, or recorded on paper by staff at the committee with a witness. */
public enum BallotChannel {
    ONLINE,
    PAPER
}
