package org.gridvoice.voting;

import java.util.List;

/**
 * Published in the transaction that opened voting, once the electorate is taken: everyone in it,
 * so that they can hear that a vote opened in their scope.
 */
public record VotingOpened(Long consultationId, List<Long> electorIds) {

    public VotingOpened {
        electorIds = List.copyOf(electorIds);
    }
}
