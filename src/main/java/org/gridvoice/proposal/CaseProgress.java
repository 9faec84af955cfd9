package org.gridvoice.proposal;

/** Where the case made of a proposal stands, as casework reports it (casework builds on this module). */
public enum CaseProgress {
    NEW,
    ACCEPTED,
    IN_PROGRESS,
    RESOLVED,
    CLOSED;

    /** The proposal's status while its case is here. */
    public ProposalStatus proposalStatus() {
        return switch (this) {
            case RESOLVED -> ProposalStatus.RESOLVED;
            case CLOSED -> ProposalStatus.CLOSED;
            default -> ProposalStatus.ROUTED;
        };
    }
}
