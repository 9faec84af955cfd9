package org.gridvoice.discussion;

/**
 * Implemented by modules whose content can be discussed: says whether an item of its type exists
 * and may take comments now. Discussion depends on no module that implements it.
 */
public interface CommentTarget {

    String type();

    /** Whether the item exists and is open to comments; the owning module decides. */
    boolean acceptsComments(Long id);
}
