package org.gridvoice.casework;

import java.time.YearMonth;

/**
 * One office's figures for the cases routed to it in one month (see {@link ScorecardService} for
 * the exact definitions). Rates are fractions from 0 to 1; the response and resolution rates are
 * null while no case of the month is due (nor decided), {@code satisfactionRate} while no resident has answered.
 */
public record Scorecard(Long officeId, String officeName, YearMonth month, int cases, Double responseRate, Double resolutionRate,
                        Double satisfactionRate, double averageHops, int late, int escalated) {
}
