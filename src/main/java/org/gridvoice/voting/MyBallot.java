package org.gridvoice.voting;

import java.time.LocalDateTime;
import java.util.Map;

/** The signed-in voter's current ballot and the receipt of its latest cast or change. */
public record MyBallot(Map<Long, Integer> choices, String receipt, LocalDateTime castAt) {
}
