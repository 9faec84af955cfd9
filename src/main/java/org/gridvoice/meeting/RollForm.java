package org.gridvoice.meeting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The committee's statement of its community's roll (blank counts: use the verified residents) and rules. */
public record RollForm(
        @Min(value = 0, message = "validation.min") @Max(value = 10_000_000, message = "validation.max") Integer adultResidents,
        @Min(value = 0, message = "validation.min") @Max(value = 10_000_000, message = "validation.max") Integer households,
        @Min(value = 0, message = "validation.min") @Max(value = 100_000, message = "validation.max") Integer residentsGroups,
        @NotNull(message = "validation.required") @Min(value = 1, message = "validation.min") @Max(value = 99, message = "validation.max") Integer meetingQuorumPercent,
        @NotNull(message = "validation.required") @Min(value = 1, message = "validation.min") @Max(value = 99, message = "validation.max") Integer initiativePercent,
        @NotNull(message = "validation.required") @Min(value = 1, message = "validation.min") @Max(value = 99, message = "validation.max") Integer initiativeGroupsPercent,
        @NotNull(message = "validation.required") @Min(value = 1, message = "validation.min") @Max(value = 365, message = "validation.max") Integer initiativeDeadlineDays) {

    public static RollForm of(RollCounts counts) {
        return new RollForm(counts.stated() ? counts.adultResidents() : null, counts.stated() ? counts.households() : null,
                counts.stated() && counts.residentsGroups() > 0 ? counts.residentsGroups() : null, counts.meetingQuorumPercent(),
                counts.initiativePercent(), counts.initiativeGroupsPercent(), counts.initiativeDeadlineDays());
    }
}
