package org.gridvoice.voting;

import java.util.Map;

/**
 * A voter's choices, by proposal id. Yes/no/abstain: 1, -1 or 0 for each proposal voted on.
 * Approval: 1 for each pick (at most k). Ranked: ranks 1, 2, 3 … without duplicates or gaps.
 */
public record BallotForm(Map<Long, Integer> choices) {
}
