package org.gridvoice.place;

public record StreetSummary(Long id, String name, boolean retired) {
}
