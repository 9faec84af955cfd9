package org.gridvoice.voting;

import java.util.List;

/** Counts while voting is open, shown only as the rules' visibility allows; not a result. */
public record LiveCounts(int electorate, int turnout, List<ResultLine> lines) {
}
