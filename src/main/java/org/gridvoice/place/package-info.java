/**
 * Reference data the administrator keeps: streets, communities, grids, the offices that serve
 * them and the categories of issues. Offices live here rather than in casework because
 * accounts are scoped to them and casework builds on accounts.
 */
package org.gridvoice.place;
