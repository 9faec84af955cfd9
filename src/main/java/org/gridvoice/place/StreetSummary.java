package org.gridvoice.place;

/** {@code code} is the street's Open311 jurisdiction_id, null when it has none. */
public record StreetSummary(Long id, String name, boolean retired, int sortOrder, String code) {

    public StreetSummary(Long id, String name, boolean retired) {
        this(id, name, retired, 0, null);
    }
}
