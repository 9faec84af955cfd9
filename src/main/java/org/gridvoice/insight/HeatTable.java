package org.gridvoice.insight;

import java.util.List;

/** Grids (rows) × categories (columns) of one metric: {@code counts[row][column]}. */
public record HeatTable(InsightQuery query, List<GridRef> grids, List<CategoryRef> categories, long[][] counts,
                        long[] rowTotals, long[] columnTotals, long total) {
}
