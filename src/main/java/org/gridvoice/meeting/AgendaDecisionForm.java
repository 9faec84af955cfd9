package org.gridvoice.meeting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the committee records for an item: a show of hands (the three counts) or a consensus note
 * (Markdown). Referral to an online vote has its own call.
 */
public record AgendaDecisionForm(
        @NotNull(message = "validation.required") AgendaDecisionMethod method,
        @Min(value = 0, message = "validation.min") @Max(value = 1_000_000, message = "validation.max") Integer votesFor,
        @Min(value = 0, message = "validation.min") @Max(value = 1_000_000, message = "validation.max") Integer votesAgainst,
        @Min(value = 0, message = "validation.min") @Max(value = 1_000_000, message = "validation.max") Integer votesAbstain,
        @Size(max = 10_000, message = "validation.too-long") String consensus) {

    public static AgendaDecisionForm showOfHands(int votesFor, int votesAgainst, int votesAbstain) {
        return new AgendaDecisionForm(AgendaDecisionMethod.SHOW_OF_HANDS, votesFor, votesAgainst, votesAbstain, null);
    }

    public static AgendaDecisionForm consensus(String note) {
        return new AgendaDecisionForm(AgendaDecisionMethod.CONSENSUS, null, null, null, note);
    }
}
