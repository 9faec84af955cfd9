package org.gridvoice.insight;

import java.time.LocalDate;
import java.util.List;

/** Period starts along the x axis; one series per grid or category, each with a count per period. */
public record Trend(List<LocalDate> periods, List<Series> series) {

    /** {@code id}: the grid's or category's id; {@code counts.length == periods.size()}. */
    public record Series(Long id, String labelZh, String labelEn, long[] counts) {
    }
}
