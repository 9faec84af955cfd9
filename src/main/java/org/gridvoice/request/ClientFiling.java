package org.gridvoice.request;

import java.math.BigDecimal;

/**
 * A request an outside system (an Open311 client) files for a person: attributed to the client and
 * to the contact it gives, which only staff see; never to an account. {@code mediaUrl} is kept as a
 * link for staff, never fetched.
 */
public record ClientFiling(long clientId, long gridId, long categoryId, String description, String address, BigDecimal latitude,
                           BigDecimal longitude, String email, String phone, String name, String mediaUrl) {
}
