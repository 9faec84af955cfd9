package org.gridvoice.open311;

/** An API client that posted with a valid key: the street it files for (its jurisdiction) and the grid its requests go to. */
public record ApiClient(long id, String name, long streetId, long gridId) {
}
