package org.gridvoice.insight;

import java.time.LocalDate;

/**
 * What a heat table or map shows: one metric over {@code [from, to)} in a scope, for one category or
 * all ({@code categoryId} null). The dates fall on period starts of {@code period}.
 */
public record InsightQuery(InsightScope scope, Metric metric, PeriodKind period, LocalDate from, LocalDate to,
                           Long categoryId) {
}
