package org.gridvoice.responsibility;

/** Where a responsibility entry applies; the most specific level wins. */
public enum PlaceLevel {
    GRID,
    COMMUNITY,
    STREET
}
