package org.gridvoice.casework;

import java.util.Map;

/** The answers of the current round so far: how many were asked, and the count of each answer. */
public record FeedbackTally(int round, int asked, Map<Resolution, Integer> resolution, Map<Satisfaction, Integer> satisfaction) {

    public int answered() {
        return resolution.values().stream().mapToInt(Integer::intValue).sum();
    }
}
