package dev.backendaudit.internal;

import java.util.Arrays;

/**
 * The Mann–Kendall trend test (with the correction of its variance for ties and the continuity
 * correction of its normal approximation) and Sen's slope (the Theil–Sen estimator), on points
 * {@code (x[i], y[i])} in increasing {@code x}. These are the formulas of R's {@code trend::mk.test}
 * and {@code trend::sens.slope} and of Python's {@code pymannkendall.original_test}; the tests hold
 * this code to their published values and to Hipparchus.
 *
 * <p>Not part of the public API: {@code dev.backendaudit.model.Trend} is.
 */
public final class MannKendall {

    /** Above this many points Sen's slope is found by bisection instead of sorting every pairwise slope. */
    static final int SORTED_SLOPES_UP_TO = 1500;

    private MannKendall() {
    }

    /**
     * The result of the test.
     *
     * @param s         Kendall's S: concordant minus discordant pairs
     * @param varianceS the variance of S under "no trend", corrected for ties
     * @param z         the standardised statistic, continuity corrected
     * @param pValue    two-sided p-value from the normal approximation
     * @param slope     Sen's slope: the median of the pairwise slopes, in y per unit of x
     * @param intercept the median of {@code y[i] - slope * x[i]}
     */
    public record Result(long s, double varianceS, double z, double pValue, double slope, double intercept) {
    }

    /**
     * Tests {@code y} against {@code x} (both of the same length, at least 2, {@code x} strictly increasing).
     *
     * @param x the times
     * @param y the values
     * @return the statistic, its p-value and Sen's line
     * @throws IllegalArgumentException if the arrays differ in length or hold fewer than 2 points
     */
    public static Result test(double[] x, double[] y) {
        int n = y.length;
        if (x.length != n || n < 2) {
            throw new IllegalArgumentException("a trend needs as many times as values and at least 2 points, but had "
                    + x.length + " times and " + n + " values");
        }
        long s = 0;
        for (int i = 0; i < n - 1; i++) {
            for (int j = i + 1; j < n; j++) {
                s += Double.compare(y[j], y[i]) > 0 ? 1 : y[j] == y[i] ? 0 : -1;
            }
        }
        double variance = n * (n - 1.0) * (2.0 * n + 5) - tieTerm(y);
        variance /= 18;
        double z = variance <= 0 || s == 0 ? 0 : (s - Math.signum(s)) / Math.sqrt(variance);
        double p = variance <= 0 ? 1 : erfc(Math.abs(z) / Math.sqrt(2));
        double slope = senSlope(x, y);
        double[] residuals = new double[n];
        for (int i = 0; i < n; i++) {
            residuals[i] = y[i] - slope * x[i];
        }
        return new Result(s, variance, z, Math.min(1, p), slope, median(residuals));
    }

    /** The sum of t(t-1)(2t+5) over groups of t equal values. */
    private static double tieTerm(double[] y) {
        double[] sorted = y.clone();
        Arrays.sort(sorted);
        double term = 0;
        int run = 1;
        for (int i = 1; i <= sorted.length; i++) {
            if (i < sorted.length && sorted[i] == sorted[i - 1]) {
                run++;
            } else {
                term += run * (run - 1.0) * (2.0 * run + 5);
                run = 1;
            }
        }
        return term;
    }

    /** The median of the slopes of all pairs of points. */
    static double senSlope(double[] x, double[] y) {
        int n = y.length;
        long pairs = (long) n * (n - 1) / 2;
        if (n <= SORTED_SLOPES_UP_TO) {
            double[] slopes = new double[(int) pairs];
            int k = 0;
            for (int i = 0; i < n - 1; i++) {
                for (int j = i + 1; j < n; j++) {
                    slopes[k++] = (y[j] - y[i]) / (x[j] - x[i]);
                }
            }
            return median(slopes);
        }
        // the k-th smallest slope by bisection on its value: memory stays linear however long the series
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n - 1; i++) {
            double slope = (y[i + 1] - y[i]) / (x[i + 1] - x[i]);
            low = Math.min(low, slope);
            high = Math.max(high, slope);
        }
        // every pairwise slope is a weighted mean of consecutive slopes, so it lies in [low, high]
        if (pairs % 2 == 1) {
            return kthSlope(x, y, pairs / 2, low, high);
        }
        return (kthSlope(x, y, pairs / 2 - 1, low, high) + kthSlope(x, y, pairs / 2, low, high)) / 2;
    }

    /** The slope with {@code k} pairwise slopes below it (0-based rank), found to the last bit of a double. */
    private static double kthSlope(double[] x, double[] y, long k, double low, double high) {
        while (true) {
            double mid = low + (high - low) / 2;
            if (mid <= low || mid >= high) {
                return countAtMost(x, y, low) > k ? low : high;
            }
            if (countAtMost(x, y, mid) > k) {
                high = mid;
            } else {
                low = mid;
            }
        }
    }

    private static long countAtMost(double[] x, double[] y, double t) {
        long count = 0;
        for (int i = 0; i < y.length - 1; i++) {
            for (int j = i + 1; j < y.length; j++) {
                if ((y[j] - y[i]) / (x[j] - x[i]) <= t) {
                    count++;
                }
            }
        }
        return count;
    }

    private static double median(double[] values) {
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    /**
     * The complementary error function, with a fractional error below 1.2e-7 everywhere (the Chebyshev
     * fit of Press, Teukolsky, Vetterling and Flannery, <i>Numerical Recipes</i>, 2nd ed., §6.2, {@code erfcc}):
     * ample for p-values compared with 5 % and printed to two digits.
     *
     * @param x any number
     * @return erfc(x), in [0, 2]
     */
    public static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
