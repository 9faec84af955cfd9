package org.gridvoice.insight;

import java.math.BigDecimal;

/** A request with coordinates, drawn on the map. */
public record RequestPoint(Long requestId, Long gridId, Long categoryId, BigDecimal latitude, BigDecimal longitude) {
}
