package org.gridvoice.casework;

import org.gridvoice.shared.GeoPoint;

/**
 * A resident's request (诉求) as filed, to be routed the moment it is: the request's id in its own
 * module, where and what (plain text, at most 2,000 characters), an optional point, and who filed
 * it ({@code requesterId} null when an outside system filed it for someone without an account).
 * {@code requesterName} is seen by staff only unless {@code nameShown}.
 */
public record RequestCase(long requestId, long gridId, long categoryId, String description, String address, GeoPoint point,
                          Long requesterId, String requesterName, boolean nameShown) {
}
