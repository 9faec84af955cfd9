package org.gridvoice.insight;

import java.time.LocalDate;

/**
 * A grid and category whose requests in the week {@code [from, to)} are clearly above its own
 * baseline ({@link HotspotRule}), with the numbers behind the verdict. The last-year fields are null
 * when there is not a year of history.
 */
public record Hotspot(GridRef grid, CategoryRef category, LocalDate from, LocalDate to, long count,
                      double baseline, int baselineWeeks, double pBaseline,
                      Double lastYearBaseline, Double pLastYear) {
}
