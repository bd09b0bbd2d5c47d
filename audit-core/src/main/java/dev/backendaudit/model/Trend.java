package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;
import dev.backendaudit.internal.MannKendall;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Whether a series moved, and how much: the Mann–Kendall test decides whether there is a
 * monotonic trend at all, and Sen's slope (the median of the slopes between every pair of points)
 * says how steep it is. Both work on ranks and medians, so one outlier week (a release push, a
 * holiday) moves neither much, where a least-squares line would follow it.
 *
 * <p><b>Significance.</b> A trend is {@linkplain #significant() significant} when the two-sided
 * p-value of the test (normal approximation, variance corrected for ties, continuity corrected,
 * as R's {@code trend::mk.test} computes it) is below {@value #SIGNIFICANCE}: a series with no
 * trend looks like this one less than one time in twenty. Fewer than {@value #MINIMUM_POINTS}
 * points can never be significant at that level (with 4 points even a perfectly monotonic series
 * has p = 0.09), so a trend needs at least that many.
 *
 * <p><b>Relative change.</b> Sen's line through the points, {@code intercept + slope × t} with the
 * intercept the median of {@code value - slope × t}, gives a level at the first point ({@link #start()})
 * and at the last ({@link #end()}); neither is taken below zero, since every metric is at least
 * zero. The relative change is {@code end / start - 1}: a line from 40 to 30 commits a week is
 * -25 %, and because the end level is never negative a decline is at most -100 %. When the line
 * starts at zero the relative change is undefined (empty), and only a rise from nothing remains.
 *
 * <pre>{@code
 * Trend trend = Trend.of(series.points());
 * trend.significant();          // false: no trend to speak of
 * trend.pValue();               // 0.38
 * trend.relativeChange();       // OptionalDouble[-0.12]
 * trend.describe();             // "no significant trend (Mann–Kendall p 0.38, ...)"
 * }</pre>
 *
 * @param points    how many points were tested
 * @param s         Kendall's S: pairs of points that rise minus pairs that fall
 * @param z         the standardised statistic
 * @param pValue    the two-sided p-value, 0 to 1
 * @param perDay    Sen's slope, in the series' unit per day
 * @param start     the level of Sen's line at the first point, at least 0
 * @param end       the level of Sen's line at the last point, at least 0
 * @param from      the first point's time
 * @param to        the last point's time
 */
public record Trend(int points, long s, double z, double pValue, double perDay, double start, double end,
                    Instant from, Instant to) {

    /** The significance level: a trend is significant when its p-value is below this. */
    public static final double SIGNIFICANCE = 0.05;
    /** The fewest points from which a trend can be significant at {@link #SIGNIFICANCE}. */
    public static final int MINIMUM_POINTS = 5;
    /** The method, as findings name it. */
    public static final String METHOD = "Mann–Kendall test, Sen's slope";

    /** @throws IllegalArgumentException if a figure is not finite or out of range */
    public Trend {
        Checks.notNull("trend start time", from);
        Checks.notNull("trend end time", to);
        if (points < 2) {
            throw new IllegalArgumentException("a trend needs at least 2 points, but had " + points);
        }
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("trend p-value must be in [0, 1], but was " + pValue);
        }
        Checks.finite("trend slope", perDay);
        if (!(start >= 0) || !(end >= 0)) {
            throw new IllegalArgumentException("trend levels must be finite and >= 0, but were " + start + " and " + end);
        }
    }

    /**
     * Tests the points of a series.
     *
     * @param points the points, oldest first, at least 2
     * @return the trend
     * @throws IllegalArgumentException with fewer than 2 points
     */
    public static Trend of(List<TimeSeries.Point> points) {
        Checks.notNull("trend points", points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("a trend needs at least 2 points, but had " + points.size());
        }
        Instant first = points.get(0).at();
        double[] days = new double[points.size()];
        double[] values = new double[points.size()];
        for (int i = 0; i < days.length; i++) {
            days[i] = Duration.between(first, points.get(i).at()).toMillis() / 86_400_000.0;
            values[i] = points.get(i).value();
        }
        MannKendall.Result test = MannKendall.test(days, values);
        double start = Math.max(0, test.intercept());
        double end = Math.max(0, test.intercept() + test.slope() * days[days.length - 1]);
        return new Trend(points.size(), test.s(), test.z(), test.pValue(), test.slope(), start, end, first,
                points.get(points.size() - 1).at());
    }

    /** Whether the p-value is below {@link #SIGNIFICANCE}. */
    public boolean significant() {
        return pValue < SIGNIFICANCE;
    }

    /**
     * The change of Sen's line over the series relative to its start, {@code end / start - 1}: never below -1.
     *
     * @return the relative change; empty when the line starts at zero
     */
    public OptionalDouble relativeChange() {
        return start > 0 ? OptionalDouble.of(end / start - 1) : OptionalDouble.empty();
    }

    /** Whether the line goes down ({@code < 0}), up ({@code > 0}) or stays level (0). */
    public int direction() {
        return Double.compare(end, start);
    }

    /** "p 0.038" or "p < 0.001". */
    public String formatP() {
        return pValue < 0.001 ? "p < 0.001" : "p " + Quantity.format(pValue, 2);
    }

    /**
     * The change in words, with the figures behind it: {@code "fell 35% (Sen's line 50 to 32.5; Mann–Kendall
     * p 0.008, significant at 5%)"} or {@code "shows no significant trend (Mann–Kendall p 0.38, not below 5%;
     * Sen's line 40 to 35.2, -12%)"}.
     *
     * @param unit the symbol after each level, such as {@code "/week"} (may be empty)
     * @return the sentence fragment
     */
    public String describe(String unit) {
        String line = "Sen's line " + level(start) + unit + " to " + level(end) + unit;
        String change = relativeChange().isEmpty() ? "from zero"
                : (relativeChange().getAsDouble() > 0 ? "+" : "") + percent(relativeChange().getAsDouble());
        if (!significant()) {
            return "shows no significant trend (Mann–Kendall " + formatP() + ", not below " + percent(SIGNIFICANCE)
                    + "; " + line + ", " + change + ")";
        }
        String moved = direction() < 0 ? "fell " : "rose ";
        String amount = relativeChange().isPresent() ? percent(Math.abs(relativeChange().getAsDouble()))
                : "from zero";
        return moved + amount + " (" + line + "; Mann–Kendall " + formatP() + ", significant at "
                + percent(SIGNIFICANCE) + ")";
    }

    private static String level(double value) {
        return Quantity.format(value, 3);
    }

    static String percent(double fraction) {
        return Quantity.format(fraction * 100, 3) + "%";
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Trend[%d points, S %d, z %.3f, p %.4f, %s]", points, s, z, pValue,
                describe(""));
    }
}
