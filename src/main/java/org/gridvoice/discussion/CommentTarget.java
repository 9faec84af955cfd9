package org.gridvoice.discussion;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Implemented by modules whose content can be discussed: says whether an item of its type exists
 * and may take comments now, whose community it belongs to, where it is shown and what it is called.
 * Discussion depends on no module that implements it.
 */
public interface CommentTarget {

    String type();

    /** Whether the item exists and is open to comments; the owning module decides. */
    boolean acceptsComments(Long id);

    /** The community whose committee moderates the comments on the item; empty when there is no such item. */
    Optional<Long> communityOf(Long id);

    /** The route of the page that shows the item and its comments, e.g. {@code proposals/45}. */
    String route(Long id);

    /** The titles of these items, in one statement, to say what a comment is on. */
    Map<Long, String> titles(Collection<Long> ids);
}
