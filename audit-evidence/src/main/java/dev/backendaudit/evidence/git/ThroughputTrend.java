package dev.backendaudit.evidence.git;

import dev.backendaudit.model.Trend;
import java.util.Locale;

/**
 * How people's commit throughput moved: the trend of mean commits per week over complete quarters
 * (13 weeks) up to the window's end, judged by the same test {@code TrendCriterion} applies
 * ({@link Trend}: Mann–Kendall at 5 %, Sen's slope). Quarters rather than weeks, and two years
 * rather than one by default, so that a release push or a quiet summer is one part of a cycle the
 * test sees several times, not a trend.
 *
 * <pre>{@code
 * ThroughputTrend t = report.throughputTrend().orElseThrow();
 * t.trend().significant();   // false
 * System.out.println(t.describe()); // "shows no significant trend (Mann–Kendall p 0.39, ...) over 8 quarters ..."
 * }</pre>
 *
 * @param quarters    complete quarters in the trend
 * @param meanPerWeek mean of people's commits per week over those quarters
 * @param trend       the test and Sen's line through the quarterly means
 */
public record ThroughputTrend(int quarters, double meanPerWeek, Trend trend) {

    /** The trend in words, with its figures. */
    public String describe() {
        return trend.describe("/week") + " over " + quarters + " quarters from " + trend.from() + " (mean "
                + String.format(Locale.ROOT, "%.1f", meanPerWeek) + "/week)";
    }
}
