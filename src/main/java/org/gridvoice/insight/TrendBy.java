package org.gridvoice.insight;

/** A trend draws one line per grid (for one category or all) or one per category (for one grid or all). */
public enum TrendBy {
    GRID,
    CATEGORY
}
