/**
 * Flags on proposals and comments, hiding at a number of flags until the committee reviews,
 * the committee's hide / restore / dismiss decisions with public reasons, and the public
 * moderation log of each community.
 */
package org.gridvoice.moderation;
