/**
 * Demand insight: what the residents of each grid need, by category and period, counted exactly from
 * the other modules' rows (requests, "me too" supports, proposals, endorsements, cases opened,
 * resolved and reopened, residents' satisfaction), the hotspots where demand rises clearly above its
 * own baseline, and the load the responsibility list puts on each office.
 */
package org.gridvoice.insight;
