package org.gridvoice.insight;

import java.time.LocalDate;
import java.util.Map;

/**
 * One grid's figures over {@code [from, to)} for one category or all: every metric, the median hours
 * from a case's routing to its resolution (null when none resolved), and the share of satisfied
 * answers (null when none rated).
 */
public record GridFigures(GridRef grid, CategoryRef category, LocalDate from, LocalDate to,
                          Map<Metric, Long> counts, Double medianHoursToResolve, Double satisfiedShare) {
}
