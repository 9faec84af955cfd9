package org.gridvoice.consultation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Set;

/** What a committee member fills in to open a consultation. Grids are ignored for the whole community. */
public record ConsultationForm(
        @NotNull(message = "validation.required") Long communityId,
        @NotBlank(message = "validation.required") @Size(max = 120, message = "validation.too-long") String title,
        @NotBlank(message = "validation.required") @Size(max = 20_000, message = "validation.too-long") String description,
        boolean wholeCommunity,
        @NotNull(message = "validation.required") Set<Long> gridIds,
        @NotEmpty(message = "consultation.error.no-category") Set<Long> categoryIds,
        @NotNull(message = "validation.required") LocalDateTime proposalsOpenAt,
        @NotNull(message = "validation.required") LocalDateTime proposalsCloseAt,
        @NotNull(message = "validation.required") LocalDateTime votingOpenAt,
        @NotNull(message = "validation.required") LocalDateTime votingCloseAt,
        @Min(value = 1, message = "validation.min") @Max(value = 10_000, message = "validation.max") int endorsementThreshold) {

    public PhaseDates dates() {
        return new PhaseDates(proposalsOpenAt, proposalsCloseAt, votingOpenAt, votingCloseAt);
    }
}
