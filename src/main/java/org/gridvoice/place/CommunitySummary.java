package org.gridvoice.place;

public record CommunitySummary(Long id, Long streetId, String streetName, String name, String address, boolean retired, int sortOrder) {

    public CommunitySummary(Long id, Long streetId, String streetName, String name, String address, boolean retired) {
        this(id, streetId, streetName, name, address, retired, 0);
    }
}
