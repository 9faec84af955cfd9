package org.gridvoice.voting;

public enum ResultVisibility {
    LIVE,
    AFTER_OWN_VOTE,
    AFTER_CLOSE
}
