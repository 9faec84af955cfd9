/**
 * Flags on proposals and comments, hiding at a number of flags until the committee reviews,
 * the committee's hide / restore / dismiss decisions with public reasons, and the public
 * moderation log of each community. Content modules implement {@link org.gridvoice.moderation.ModeratedContent}
 * (whose it is, hide / restore, what it says and where it is); moderation depends on none of them.
 */
package org.gridvoice.moderation;
