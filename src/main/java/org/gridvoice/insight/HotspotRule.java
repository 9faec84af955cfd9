package org.gridvoice.insight;

/**
 * The stated rule that makes a grid and category a hotspot, so that a flag always comes with the
 * numbers behind it and the screens can print the rule itself ({@link #MESSAGE_KEY} with {@link #messageArgs()}).
 * <ul>
 * <li>The week under test is the latest complete week (Monday to Sunday before the current one);
 * the count is of requests filed in it.</li>
 * <li>Baseline: the mean weekly count of the {@value #BASELINE_WEEKS} weeks before it.</li>
 * <li>Flagged when the count is at least {@value #MIN_COUNT} and the Poisson upper tail
 * P(X ≥ count | λ = max(baseline, {@value #LAMBDA_FLOOR})) is below {@value #P_LIMIT}: so rare that
 * ordinary week-to-week noise does not explain it. The floor keeps a grid that was silent so far
 * from being flagged for a handful of requests only because its baseline is zero.</li>
 * <li>Seasons: when the scope has a year of history, the count must ALSO pass the same test against
 * the mean of the same week last year and the {@value #LAST_YEAR_SPREAD} weeks either side of it
 * ({@value #LAST_YEAR_WEEKS} weeks, same floor), so heating complaints that rise every winter are
 * not flagged each winter only because of the season.</li>
 * <li>Strongest first: the smaller p (the larger of the two when both apply) first.</li>
 * </ul>
 */
public final class HotspotRule {

    public static final int BASELINE_WEEKS = 12;
    public static final int MIN_COUNT = 5;
    public static final double P_LIMIT = 0.01;
    public static final double LAMBDA_FLOOR = 0.5;
    /** Last year's window: the same week 52 weeks earlier and this many weeks either side. */
    public static final int LAST_YEAR_SPREAD = 2;
    public static final int LAST_YEAR_WEEKS = 2 * LAST_YEAR_SPREAD + 1;
    /** i18n key of the rule in words; its arguments are {@link #messageArgs()}. */
    public static final String MESSAGE_KEY = "insight.hotspot.rule";

    private HotspotRule() {
    }

    public static Object[] messageArgs() {
        return new Object[] {BASELINE_WEEKS, MIN_COUNT, String.valueOf(P_LIMIT), String.valueOf(LAMBDA_FLOOR), LAST_YEAR_SPREAD};
    }

    /** The verdict on one cell; {@code lastYearMean} null when the scope has no year of history. */
    public static Verdict judge(long count, double baselineMean, Double lastYearMean) {
        double p = upperTail(count, Math.max(baselineMean, LAMBDA_FLOOR));
        Double pLastYear = lastYearMean == null ? null : upperTail(count, Math.max(lastYearMean, LAMBDA_FLOOR));
        boolean flagged = count >= MIN_COUNT && p < P_LIMIT && (pLastYear == null || pLastYear < P_LIMIT);
        return new Verdict(flagged, p, pLastYear, pLastYear == null ? p : Math.max(p, pLastYear));
    }

    /** {@code strength}: the p that decided (the larger of the two); smaller is stronger. */
    public record Verdict(boolean flagged, double p, Double pLastYear, double strength) {
    }

    /**
     * P(X ≥ k) for X ~ Poisson(λ), summed from the k-th term upwards in log space, so that a tiny
     * tail keeps its digits (1 − CDF would round it to 0).
     */
    public static double upperTail(long k, double lambda) {
        if (k <= 0) {
            return 1.0;
        }
        if (lambda <= 0) {
            return 0.0;
        }
        if (k <= lambda) {
            // the lower part is the small one here: 1 − P(X ≤ k − 1)
            double term = Math.exp(-lambda);
            double sum = term;
            for (long i = 1; i < k; i++) {
                term *= lambda / i;
                sum += term;
            }
            return Math.max(0.0, Math.min(1.0, 1.0 - sum));
        }
        double logTerm = -lambda + k * Math.log(lambda) - logFactorial(k);
        double term = Math.exp(logTerm);
        double sum = term;
        for (long i = k + 1; term > sum * 1e-17 && i < k + 100_000; i++) {
            term *= lambda / i;
            sum += term;
        }
        return Math.min(1.0, sum);
    }

    private static double logFactorial(long n) {
        double sum = 0;
        for (long i = 2; i <= n; i++) {
            sum += Math.log(i);
        }
        return sum;
    }
}
