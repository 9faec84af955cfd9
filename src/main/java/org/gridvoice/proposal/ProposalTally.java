package org.gridvoice.proposal;

/**
 * A proposal's line in its consultation's result, as voting reports it: yes / no / abstentions of a
 * yes-no vote, approvals of an approval vote, first preferences of a ranked one; {@code tied} marks an
 * approval tie at the acceptance boundary, for the committee to break.
 */
public record ProposalTally(Method method, int yes, int no, int abstentions, int approvals, boolean tied) {

    /** The voting methods, named as voting names them (voting builds on this module). */
    public enum Method {
        YES_NO_ABSTAIN,
        APPROVAL,
        RANKED,
        /** Participatory budgeting: approvals, funded by the budget rule. */
        BUDGET
    }
}
