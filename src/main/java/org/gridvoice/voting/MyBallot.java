package org.gridvoice.voting;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * The signed-in voter's current ballot and the receipt of its latest cast or change, and the
 * channel it came through (a paper ballot is changed only at the committee).
 */
public record MyBallot(Map<Long, Integer> choices, String receipt, LocalDateTime castAt, BallotChannel channel) {
}
