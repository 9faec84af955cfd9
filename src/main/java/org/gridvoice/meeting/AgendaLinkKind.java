package org.gridvoice.meeting;

import java.util.Locale;
import java.util.Optional;

/**
 * A kind of item an agenda item may link, implemented by the module that owns it as a Spring bean
 * (the meeting module itself knows consultations, proposals, requests and cases; the initiative
 * module adds its initiatives). The meeting checks through it that the item exists and belongs to
 * the meeting's community, and shows its title with a link.
 */
public interface AgendaLinkKind {

    /** The kind's name, stored with the agenda item ({@code INITIATIVE}). */
    String kind();

    /** The linked item as a reader sees it, or empty when there is no such item (or it is not public). */
    Optional<Target> target(Long id, Locale locale);

    /** A linked item: its title, the route of its page, and the community it belongs to. */
    record Target(String title, String route, Long communityId) {
    }
}
