package org.gridvoice.voting;

import java.util.Map;

/** One published instant-runoff round: votes per proposal still running, and the one eliminated (null in the last round). */
public record IrvRound(int number, Map<Long, Integer> votes, Long eliminated) {
}
