package org.gridvoice.voting;

import java.time.LocalDateTime;
import java.util.List;

/** A closed vote: turnout against the electorate and quorum, each proposal's counts, and the audit chain head at close. */
public record VotingResult(Long consultationId, LocalDateTime closedAt, VotingMethod method, int electorate, int turnout,
                           boolean quorumMet, String chainHead, List<ResultLine> lines) {
}
