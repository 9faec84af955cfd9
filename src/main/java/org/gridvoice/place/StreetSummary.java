package org.gridvoice.place;

public record StreetSummary(Long id, String name, boolean retired, int sortOrder) {

    public StreetSummary(Long id, String name, boolean retired) {
        this(id, name, retired, 0);
    }
}
