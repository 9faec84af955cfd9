package org.gridvoice.voting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The committee's choice of rules. {@code approvalsPerVoter} (k) and {@code acceptedCount} (m) apply to approval voting. */
public record VotingRulesForm(
        @NotNull(message = "validation.required") VotingMethod method,
        @Min(value = 1, message = "validation.min") Integer approvalsPerVoter,
        @Min(value = 1, message = "validation.min") Integer acceptedCount,
        @Min(value = 0, message = "validation.min") @Max(value = 100, message = "validation.max") int quorumPercent,
        @Min(value = 1, message = "validation.min") @Max(value = 100, message = "validation.max") int thresholdPercent,
        @NotNull(message = "validation.required") ResultVisibility visibility,
        boolean onePerHousehold) {

    /** Simple majority, no quorum, results after close: what a consultation gets until its committee decides. */
    public static VotingRulesForm defaults() {
        return new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false);
    }
}
