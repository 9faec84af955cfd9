package org.gridvoice.survey;

/** How a response came in: online, online without an account, a known resident's attested paper form, an anonymous paper form. */
public enum ResponseChannel {
    ONLINE,
    ONLINE_ANONYMOUS,
    PAPER_ATTESTED,
    PAPER_ANONYMOUS
}
