package org.gridvoice.casework;

/** Where a responsibility entry applies; the most specific level wins. */
public enum PlaceLevel {
    GRID,
    COMMUNITY,
    STREET
}
