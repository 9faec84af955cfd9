package org.gridvoice.casework;

import org.gridvoice.voting.VotingMethod;

/**
 * How the residents decided the proposal, as the result stood when the case was routed: the
 * method, the proposal's own counts ({@code yes}/{@code no}/{@code abstentions} for yes-no votes,
 * {@code approvals} for approval and ranked votes) and the consultation's turnout.
 */
public record VoteLine(VotingMethod method, int yes, int no, int abstentions, int approvals, int turnout, int electorate,
                       boolean accepted) {
}
