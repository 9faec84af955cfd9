/**
 * Voting on a consultation's qualified proposals: the rules (method, quorum, threshold, result
 * visibility, one vote per household), locked when voting opens, and the electorate snapshot
 * taken at that moment. Casting votes and tallies come next.
 */
package org.gridvoice.voting;
