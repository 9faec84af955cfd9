package org.gridvoice.account;

/** What following a mailed link did. */
public enum TokenOutcome {
    DONE,
    /** Unknown, expired or already used: the same answer for each, so links cannot be probed. */
    INVALID
}
