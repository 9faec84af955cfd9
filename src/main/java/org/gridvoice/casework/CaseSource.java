package org.gridvoice.casework;

/** Where a case comes from: a proposal the residents voted for, or a resident's request (诉求), routed as filed. */
public enum CaseSource {
    PROPOSAL,
    REQUEST
}
