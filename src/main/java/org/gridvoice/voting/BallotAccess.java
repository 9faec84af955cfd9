package org.gridvoice.voting;

/** Whether the person looking may vote in a consultation. */
public enum BallotAccess {
    SIGNED_OUT,
    NOT_ELECTOR,
    ELECTOR
}
