package org.gridvoice.place;

/** A grid station (网格站) serves some grids; a street department (城管科, 民政科 …) serves the whole street. */
public enum OfficeKind {
    GRID_STATION,
    STREET_DEPARTMENT
}
