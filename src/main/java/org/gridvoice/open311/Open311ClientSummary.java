package org.gridvoice.open311;

import java.time.LocalDateTime;

/** An API client as the administrator sees it; {@code keyPrefix} tells keys apart without revealing them. */
public record Open311ClientSummary(long id, String name, String streetName, String streetCode, String gridName, String keyPrefix,
                                   LocalDateTime createdAt, LocalDateTime revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
