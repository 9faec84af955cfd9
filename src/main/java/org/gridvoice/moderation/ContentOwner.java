package org.gridvoice.moderation;

/** Whose a piece of content is: the community whose committee moderates it, and its author. */
public record ContentOwner(long communityId, long authorId) {
}
