package org.gridvoice.insight.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.gridvoice.insight.PeriodKind;

/** How far back the screen looks; the dates fall on period starts and include the current period. */
enum InsightSpan {
    LAST_12_MONTHS,
    LAST_3_MONTHS,
    LAST_4_WEEKS;

    /** The first day of the period after today's: the exclusive end. */
    static LocalDate to(PeriodKind period, LocalDate today) {
        return period == PeriodKind.WEEK ? today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(1)
                : today.withDayOfMonth(1).plusMonths(1);
    }

    LocalDate from(PeriodKind period, LocalDate today) {
        LocalDate to = to(period, today);
        if (period == PeriodKind.WEEK) {
            return switch (this) {
                case LAST_12_MONTHS -> to.minusWeeks(52);
                case LAST_3_MONTHS -> to.minusWeeks(13);
                case LAST_4_WEEKS -> to.minusWeeks(4);
            };
        }
        return switch (this) {
            case LAST_12_MONTHS -> to.minusMonths(12);
            case LAST_3_MONTHS -> to.minusMonths(3);
            // four weeks back from today, from the start of that month
            case LAST_4_WEEKS -> today.minusWeeks(4).withDayOfMonth(1);
        };
    }
}
