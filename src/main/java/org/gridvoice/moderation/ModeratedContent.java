package org.gridvoice.moderation;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Implemented by modules whose content can be reported (proposal, discussion): says whose it is
 * and where it belongs, hides and restores it, and shows it to the committee. Moderation depends
 * on no module that implements it, and never switches over content types.
 */
public interface ModeratedContent {

    /** The {@link org.gridvoice.shared.ContentRef} type this implementation answers for. */
    String type();

    /** The community whose committee moderates the item, and its author; empty when there is no such item. */
    Optional<ContentOwner> ownerOf(Long id);

    /** Hides the item with a public reason, or null while it waits for review. */
    void hide(Long id, String reason);

    void restore(Long id);

    /** What the committee sees of each item, hidden ones included, for a page of items in a bounded number of statements. */
    Map<Long, ContentPreview> previews(Collection<Long> ids);

    /** Whether the item's author shows their name publicly (to whoever reports it); the committee's queue names them anyway. */
    default boolean authorShown(Long id) {
        return true;
    }
}
