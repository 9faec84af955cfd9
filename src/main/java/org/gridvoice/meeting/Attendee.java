package org.gridvoice.meeting;

import java.time.LocalDateTime;

/**
 * One person signed in at a meeting, as the committee's desk sees it (names are never public): a
 * verified resident ({@code userId}, with the address the committee approved) or a walk-in by name.
 */
public record Attendee(Long id, Long userId, String name, String building, String unit, String room, boolean householdRepresentative,
                       LocalDateTime signedAt) {

    public boolean walkIn() {
        return userId == null;
    }
}
