package org.gridvoice.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * A meeting as the committee schedules it: kind, title, optional Markdown description, when and
 * where, for whom (the whole community or chosen grids of it), whom it invites (offices, and other
 * parties as free text) and its agenda in order.
 */
public record MeetingForm(
        @NotNull(message = "validation.required") Long communityId,
        @NotNull(message = "validation.required") MeetingKind kind,
        @NotBlank(message = "validation.required") @Size(max = 200, message = "validation.too-long") String title,
        @Size(max = 20_000, message = "validation.too-long") String description,
        @NotNull(message = "validation.required") LocalDateTime startsAt,
        LocalDateTime endsAt,
        @NotBlank(message = "validation.required") @Size(max = 200, message = "validation.too-long") String place,
        boolean wholeCommunity,
        Set<Long> gridIds,
        Set<Long> officeIds,
        @Size(max = 500, message = "validation.too-long") String invitedParties,
        @Valid @Size(max = 50, message = "validation.too-long") List<AgendaItemForm> items) {

    public MeetingForm {
        gridIds = gridIds == null ? Set.of() : Set.copyOf(gridIds);
        officeIds = officeIds == null ? Set.of() : Set.copyOf(officeIds);
        items = items == null ? List.of() : List.copyOf(items);
    }
}
