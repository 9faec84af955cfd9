/**
 * Residents' request photos: validated by content, re-encoded without metadata into a thumbnail and
 * a display size, stored in the database for every instance to serve, attached to an owner (a case,
 * a case event) by reference, and served only to whoever the owning module's {@link
 * org.gridvoice.photo.PhotoAudience} lets see them.
 */
package org.gridvoice.photo;
