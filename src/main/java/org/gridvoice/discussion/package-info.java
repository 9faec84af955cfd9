/**
 * Threaded comments on any content (by {@link org.gridvoice.shared.ContentRef}): stances,
 * up-votes, a short edit window and tombstones that keep a thread's shape.
 */
package org.gridvoice.discussion;
