package org.gridvoice.insight;

import java.util.List;

/**
 * A hotspot as the server recomputed it, with what the committee's draft or agenda item says of it:
 * a title and a Markdown text with the figures and links to its requests (at most
 * {@link HotspotAgenda#MAX_LINKED}; {@code requestCount} is all of them).
 */
public record HotspotBrief(Hotspot hotspot, String title, String markdown, List<LinkedRequest> requests) {

    public HotspotBrief {
        requests = List.copyOf(requests);
    }

    /** A request of the hotspot and the route of its page. */
    public record LinkedRequest(Long requestId, String route) {
    }
}
