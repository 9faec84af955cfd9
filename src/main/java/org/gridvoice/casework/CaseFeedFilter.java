package org.gridvoice.casework;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Which cases the feed returns. Non-empty {@code ids} select those cases only (still within
 * {@code streetId} when given); otherwise cases routed in [{@code from}, {@code to}] of the given
 * categories (all when empty) and standing ({@code open} true: not yet resolved; false: resolved or
 * closed; null: both). {@code page} counts from 1; newest first.
 */
public record CaseFeedFilter(List<Long> ids, Long streetId, List<String> categoryCodes, LocalDateTime from, LocalDateTime to,
                             Boolean open, int page, int pageSize) {

    public CaseFeedFilter {
        ids = ids == null ? List.of() : List.copyOf(ids);
        categoryCodes = categoryCodes == null ? List.of() : List.copyOf(categoryCodes);
        if (page < 1 || pageSize < 1) {
            throw new IllegalArgumentException("page and pageSize start at 1");
        }
    }
}
