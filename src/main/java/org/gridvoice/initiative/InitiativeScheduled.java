package org.gridvoice.initiative;

import java.time.LocalDateTime;

/** A published meeting has the initiative on its agenda; its opener hears of it. */
public record InitiativeScheduled(Long initiativeId, String title, Long meetingId, LocalDateTime startsAt, Long openerId) {
}
