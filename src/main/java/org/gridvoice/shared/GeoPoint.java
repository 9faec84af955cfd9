package org.gridvoice.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A point on the map in WGS-84 degrees, six decimals (about 0.1 m), as a phone's geolocation or a
 * typed position gives it. The constructor refuses a point outside the globe's ranges.
 */
public record GeoPoint(BigDecimal latitude, BigDecimal longitude) {

    private static final double EARTH_RADIUS_M = 6_371_008.8;

    public GeoPoint {
        if (latitude == null || longitude == null || latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
                || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            throw new IllegalArgumentException("not a point on the globe: " + latitude + ", " + longitude);
        }
        latitude = latitude.setScale(6, RoundingMode.HALF_UP);
        longitude = longitude.setScale(6, RoundingMode.HALF_UP);
    }

    /** The point, or null when either coordinate is missing. */
    public static GeoPoint ofNullable(BigDecimal latitude, BigDecimal longitude) {
        return latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude);
    }

    /** Great-circle distance in metres (haversine): exact enough for "within 150 m" in a neighbourhood. */
    public double metresTo(GeoPoint other) {
        double lat1 = Math.toRadians(latitude.doubleValue());
        double lat2 = Math.toRadians(other.latitude.doubleValue());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude.doubleValue() - longitude.doubleValue());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
