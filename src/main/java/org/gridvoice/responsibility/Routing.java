package org.gridvoice.responsibility;

import java.util.Set;

/**
 * Where the responsibility list sends a category at a place: the lead office, co-handling offices,
 * deadlines, and the version of the entry that matched ({@code responsibilityId}); {@code fallback}
 * when no entry matched and the street's default office (兜底) takes it.
 */
public record Routing(Long officeId, Set<Long> coOfficeIds, int responseHours, int resolutionDays, Long responsibilityId, boolean fallback,
                      String basis) {
}
