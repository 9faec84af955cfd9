package org.gridvoice.casework;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Where the responsibility list sends a proposal if it is routed now: the lead office, the
 * co-handling offices, and the deadlines the case would get ({@code fallback} when no entry
 * matched and the street's default office takes it).
 */
public record RoutePreview(String office, List<String> coOffices, int responseHours, int resolutionDays, LocalDateTime responseDueAt,
                           LocalDateTime resolutionDueAt, boolean fallback) {
}
