package org.gridvoice.casework;

import java.time.LocalDateTime;

/**
 * A case at a glance, for home pages and activity lists: its state, office and grid, when it last
 * moved (resolved, else routed), whether it is late, and whether it waits for the reader's confirmation.
 */
public record CaseGlance(Long id, String title, CaseStatus status, String office, String grid, LocalDateTime at, boolean late,
                         boolean asksMe) {
}
