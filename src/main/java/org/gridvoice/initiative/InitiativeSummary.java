package org.gridvoice.initiative;

import java.time.LocalDateTime;

/** An initiative as the public list shows it. */
public record InitiativeSummary(Long id, Long communityId, String community, String title, InitiativeStatus status, int signers,
                                int households, LocalDateTime openedAt, LocalDateTime deadlineAt, boolean escalated) {
}
