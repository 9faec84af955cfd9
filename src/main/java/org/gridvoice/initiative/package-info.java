/**
 * Residents' initiatives (居民提议): a verified resident asks the committee to convene a residents'
 * meeting, verified residents of the community sign it, and once a fifth of the adults or of the
 * households (the community's roll, {@link org.gridvoice.meeting.CommunityRoll}) have signed, the committee
 * must put it on a published meeting's agenda before a public deadline, or the street coordinator is told.
 */
package org.gridvoice.initiative;
