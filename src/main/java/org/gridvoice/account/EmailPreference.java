package org.gridvoice.account;

/** How a user wants notifications by mail. Account mail (confirmation, reset) is always sent. */
public enum EmailPreference {
    IMMEDIATE,
    DAILY_DIGEST,
    NEVER
}
