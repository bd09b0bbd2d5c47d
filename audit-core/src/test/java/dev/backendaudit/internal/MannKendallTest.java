package dev.backendaudit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.special.Erf;
import org.hipparchus.stat.correlation.KendallsCorrelation;
import org.junit.jupiter.api.Test;

/** The trend test against published reference values and against Hipparchus. */
class MannKendallTest {

    static double[] bograRainfall() throws IOException {
        try (InputStream in = MannKendallTest.class.getResourceAsStream("bogra-monthly-rainfall.txt")) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(line -> !line.startsWith("#"))
                    .flatMap(line -> Arrays.stream(line.trim().split(" +")))
                    .filter(token -> !token.isEmpty())
                    .mapToDouble(Double::parseDouble).toArray();
        }
    }

    static double[] indices(int n) {
        return IntStream.range(0, n).asDoubleStream().toArray();
    }

    @Test
    void should_reproduce_the_published_figures_of_pymannkendall_for_the_bogra_rainfall() throws IOException {
        // GIVEN the 353 monthly values of pyMannKendall's own test (tests/test_pymannkendall.py,
        // test_original_test: s -1959, var_s 4889800.333333333, z -0.8854562842589916,
        // p 0.37591058740506833, slope -0.0064516129032258064)
        double[] rainfall = bograRainfall();
        assertThat(rainfall).hasSize(353);
        // WHEN
        MannKendall.Result result = MannKendall.test(indices(rainfall.length), rainfall);
        // THEN
        assertThat(result.s()).isEqualTo(-1959);
        assertThat(result.varianceS()).isCloseTo(4889800.333333333, within(1e-6));
        assertThat(result.z()).isCloseTo(-0.8854562842589916, within(1e-12));
        assertThat(result.pValue()).isCloseTo(0.37591058740506833, within(1e-7));
        assertThat(result.slope()).isCloseTo(-0.0064516129032258064, within(1e-15));
    }

    @Test
    void should_find_the_same_sen_slope_by_bisection_as_by_sorting_every_slope() throws IOException {
        // GIVEN a series longer than the sorted path takes: the rainfall five times over, with a drift
        double[] rainfall = bograRainfall();
        int n = MannKendall.SORTED_SLOPES_UP_TO + 1;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = rainfall[i % rainfall.length] + 0.05 * i;
        }
        double[] x = indices(n);
        double[] slopes = new double[n * (n - 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                slopes[k++] = (y[j] - y[i]) / (x[j] - x[i]);
            }
        }
        Arrays.sort(slopes);
        double median = (slopes[slopes.length / 2 - 1] + slopes[slopes.length / 2]) / 2;
        // WHEN / THEN
        assertThat(MannKendall.senSlope(x, y)).isCloseTo(median, within(1e-12));
    }

    @Test
    void should_compute_the_complementary_error_function_within_its_documented_error() {
        for (double x = -6; x <= 6; x += 0.01) {
            double expected = Erf.erfc(x);
            assertThat(MannKendall.erfc(x)).as("erfc(%s)", x).isCloseTo(expected, within(1.2e-7 * expected));
        }
    }

    @Property(tries = 200)
    void should_agree_with_hipparchus_on_kendalls_statistic_and_the_normal_p_value(
            @ForAll @Size(min = 3, max = 60) List<@IntRange(min = 0, max = 12) Integer> values) {
        // GIVEN a series with many ties, at times 0, 1, 2, ...
        double[] y = values.stream().mapToDouble(Integer::doubleValue).toArray();
        double[] x = indices(y.length);
        // WHEN
        MannKendall.Result result = MannKendall.test(x, y);
        // THEN S is Kendall's tau-b times its denominator (no ties in time: sqrt(n0 (n0 - n2)))
        double n0 = y.length * (y.length - 1) / 2.0;
        double n2 = 0;
        for (double value : Arrays.stream(y).distinct().toArray()) {
            long t = Arrays.stream(y).filter(v -> v == value).count();
            n2 += t * (t - 1) / 2.0;
        }
        if (n2 < n0) {
            double tau = new KendallsCorrelation().correlation(x, y);
            assertThat((double) result.s()).isCloseTo(tau * Math.sqrt(n0 * (n0 - n2)), within(1e-6));
        } else {
            assertThat(result.s()).isZero();
        }
        // and the p-value is the two-sided normal tail of z
        double expected = result.varianceS() > 0 ? 2 * new NormalDistribution(0, 1).cumulativeProbability(-Math.abs(result.z())) : 1;
        assertThat(result.pValue()).isCloseTo(expected, within(1.2e-7 * Math.max(expected, 1e-300) + 1e-15));
    }

    @Property(tries = 100)
    void should_give_the_median_pairwise_slope_whatever_the_spacing_of_times(
            @ForAll @Size(min = 2, max = 40) List<@DoubleRange(min = -100, max = 100) Double> values) {
        double[] y = values.stream().mapToDouble(Double::doubleValue).toArray();
        double[] x = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i * i + 0.5 * i;
        }
        MannKendall.Result result = MannKendall.test(x, y);
        long below = 0;
        long above = 0;
        for (int i = 0; i < y.length; i++) {
            for (int j = i + 1; j < y.length; j++) {
                double slope = (y[j] - y[i]) / (x[j] - x[i]);
                below += slope < result.slope() - 1e-9 ? 1 : 0;
                above += slope > result.slope() + 1e-9 ? 1 : 0;
            }
        }
        long pairs = (long) y.length * (y.length - 1) / 2;
        assertThat(below).isLessThanOrEqualTo(pairs / 2);
        assertThat(above).isLessThanOrEqualTo(pairs / 2);
    }
}
