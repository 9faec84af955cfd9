package org.gridvoice.photo;

/** A module that owns photos says who may see them (casework implements it for CASE and CASE_EVENT). */
public interface PhotoAudience {

    /** The owner kind this audience answers for, e.g. {@link PhotoOwner#CASE}. */
    String kind();

    /** Whether the current user (or an anonymous visitor) may see a photo of this owner. */
    boolean maySee(long ownerId, boolean internal);

    /**
     * Whether anyone at all, signed in or not, may see it, so that shared caches may keep it.
     * The default answers no: such photos are served {@code private, no-store} to signed-in viewers
     * (anonymous viewers who may see a photo already prove it public).
     */
    default boolean isPublic(long ownerId, boolean internal) {
        return false;
    }
}
