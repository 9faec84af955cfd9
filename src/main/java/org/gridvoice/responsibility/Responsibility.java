package org.gridvoice.responsibility;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One version of a responsibility entry, with names to show. {@code entryId} is the same for all
 * versions of an entry; {@code id} names this version (a case records the version that routed it).
 */
public record Responsibility(Long id, Long entryId, Long categoryId, String categoryZh, String categoryEn, PlaceLevel level, Long placeId,
                             String placeName, Long leadOfficeId, String leadOffice, List<String> coOffices, int responseHours,
                             int resolutionDays, String basis, LocalDateTime effectiveFrom, LocalDateTime effectiveTo, String changedBy,
                             LocalDateTime changedAt) {
}
