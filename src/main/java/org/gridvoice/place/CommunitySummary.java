package org.gridvoice.place;

public record CommunitySummary(Long id, Long streetId, String streetName, String name, String address, boolean retired) {
}
