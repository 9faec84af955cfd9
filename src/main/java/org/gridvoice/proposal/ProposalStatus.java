package org.gridvoice.proposal;

public enum ProposalStatus {
    OPEN,
    WITHDRAWN
}
