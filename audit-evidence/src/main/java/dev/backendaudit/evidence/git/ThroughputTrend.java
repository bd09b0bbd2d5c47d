package dev.backendaudit.evidence.git;

/**
 * How commit throughput moved over the window: the least-squares line through the weekly counts,
 * its change over the window relative to the mean (the rule {@code TrendCriterion} judges), and
 * R², how much of the week-to-week variation the line explains.
 *
 * <p>Confidence reads from R² and the number of weeks: {@link #confidence()} is "steady" from
 * R² 0.5, "weak" from 0.2, and "noise" below (a straight line explains little of the variation,
 * so the change is not a trend). Fewer than three weeks give no trend at all.
 *
 * <pre>{@code
 * ThroughputTrend t = report.trend().orElseThrow();
 * System.out.println(t.describe()); // "fell 35% over 52 weeks (R² 0.81, steady)"
 * }</pre>
 *
 * @param weeks          complete weeks in the window
 * @param meanPerWeek    mean commits per week
 * @param relativeChange the line's change over the window divided by the mean; negative is a decline
 * @param r2             coefficient of determination of the fit, 0 to 1
 */
public record ThroughputTrend(int weeks, double meanPerWeek, double relativeChange, double r2) {

    /** "steady" (R² at least 0.5), "weak" (at least 0.2) or "noise". */
    public String confidence() {
        return r2 >= 0.5 ? "steady" : r2 >= 0.2 ? "weak" : "noise";
    }

    /** The trend in words. */
    public String describe() {
        return (relativeChange < 0 ? "fell " : "rose ") + Math.round(Math.abs(relativeChange) * 100) + "% over " + weeks
                + " weeks, mean " + String.format(java.util.Locale.ROOT, "%.1f", meanPerWeek) + "/week (R² "
                + String.format(java.util.Locale.ROOT, "%.2f", r2) + ", " + confidence() + ")";
    }
}
